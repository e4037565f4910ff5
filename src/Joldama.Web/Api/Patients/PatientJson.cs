using Joldama.Application.Shared;
using Joldama.Data.Patients;

namespace Joldama.Web.Api.Patients;

/// <summary>A patient as the clinic sees it (issue 5.1): the IIN only in the body, never in a URL.</summary>
internal sealed record PatientJson(
    Guid Id, string Iin, string LastName, string FirstName, string? MiddleName, string FullName, DateOnly? BirthDate, string? Sex,
    string? Phone, string? Email, string Language, Guid AttachmentOrganizationId, string Region, string InsuranceStatus, DateOnly? InsuranceCheckedOn,
    IReadOnlyList<string> VulnerableGroups, int Version)
{
    public static PatientJson From(PatientRecord p) =>
        new(p.Id, p.Iin, p.LastName, p.FirstName, p.MiddleName, p.FullName, p.BirthDate, p.Sex?.ToString().ToLowerInvariant(), p.Phone, p.Email, p.Language,
            p.AttachmentOrganizationId, p.RegionCode, InputEnums.Kebab(p.InsuranceStatus), p.InsuranceCheckedOn, [.. p.VulnerableGroups.Select(g => InputEnums.Kebab(g))], p.Version);
}

/// <summary>The body of a search by IIN.</summary>
internal sealed record IinJson(string? Iin);
