namespace Joldama.Application.Patients;

/// <summary>What the clinic enters for a patient; everything is text as typed, checked by <see cref="PatientValidation"/>.</summary>
public sealed record PatientInput(
    string? Iin,
    string? LastName,
    string? FirstName,
    string? MiddleName,
    string? Phone,
    string? Email,
    string? Language,
    string? InsuranceStatus,
    string? InsuranceCheckedOn,
    IReadOnlyList<string>? VulnerableGroups,
    Guid? AttachmentOrganizationId = null);
