namespace Joldama.Application.Referrals.Cases;

/// <summary>A new case: the patient, the code and why (§31, §34.3), and optionally the patient's choice of provider.</summary>
public sealed record NewReferralInput(
    Guid? PatientId,
    string? HtmcCode,
    string? Diagnosis,
    string? SpecialistConclusion,
    bool NeedsCarer = false,
    Guid? ProviderId = null);
