using Joldama.Domain.Identifiers;
using Joldama.Domain.Patients;

namespace Joldama.Data.Patients;

/// <summary>One patient per IIN: who they are, how to reach them, and what funding and §19 need to know.</summary>
public sealed class PatientRecord
{
    public Guid Id { get; set; }

    /// <summary>Unique: a second registration of the same IIN updates this record.</summary>
    public required string Iin { get; set; }

    public required string LastName { get; set; }

    public required string FirstName { get; set; }

    public string? MiddleName { get; set; }

    /// <summary>From the IIN (its first six digits and the century digit).</summary>
    public DateOnly? BirthDate { get; set; }

    public Sex? Sex { get; set; }

    /// <summary>E.164 (+7…): the SMS channel of §39 ¶2 (2).</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>"kk" or "ru": the language of every notice to the patient.</summary>
    public required string Language { get; set; }

    /// <summary>The attachment organization (primary care) that holds the record.</summary>
    public Guid AttachmentOrganizationId { get; set; }

    public required string RegionCode { get; set; }

    public InsuranceStatus InsuranceStatus { get; set; }

    public DateOnly? InsuranceCheckedOn { get; set; }

    public List<VulnerableGroup> VulnerableGroups { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public string FullName => string.Join(' ', new[] { LastName, FirstName, MiddleName }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
