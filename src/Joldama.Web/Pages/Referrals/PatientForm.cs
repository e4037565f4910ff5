using Joldama.Application.Patients;

namespace Joldama.Web.Pages.Referrals;

/// <summary>The registration form of a patient, as typed (checked by <see cref="PatientValidation"/>).</summary>
public sealed class PatientForm
{
    public string? LastName { get; set; }

    public string? FirstName { get; set; }

    public string? MiddleName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Language { get; set; } = "kk";

    public string? InsuranceStatus { get; set; }

    public string? InsuranceCheckedOn { get; set; }

    public List<string> VulnerableGroups { get; set; } = [];

    public Guid? AttachmentOrganizationId { get; set; }

    public PatientInput ToInput(string? iin) =>
        new(iin, LastName, FirstName, MiddleName, Phone, Email, Language, InsuranceStatus, InsuranceCheckedOn, VulnerableGroups, AttachmentOrganizationId);
}

/// <summary>The case form: the HTMC code, the diagnosis, the §31 conclusion and the carer flag.</summary>
public sealed class CaseForm
{
    public string? HtmcCode { get; set; }

    public string? Diagnosis { get; set; }

    public string? SpecialistConclusion { get; set; }

    public bool NeedsCarer { get; set; }
}
