using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;

namespace Joldama.Application.Abroad;

/// <summary>
/// Who sees which abroad cases: the applying organization its own, the health department its region's, the working
/// body, the chief specialists and the ministry commission all (they act country-wide), the patient only their own.
/// </summary>
public static class AbroadReach
{
    public static IQueryable<AbroadCaseRecord> Within(this IQueryable<AbroadCaseRecord> cases, AccessScope scope, JoldamaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        if (scope.Role == Role.Patient)
        {
            return cases.Where(c => db.Patients.Any(p => p.Id == c.PatientId && p.Iin == scope.PatientIin));
        }

        if (!scope.Can(Permission.ViewAbroadCases))
        {
            return cases.Where(_ => false);
        }

        return scope.Reach switch
        {
            RoleReach.Country => cases,
            RoleReach.Region => cases.Where(c => c.RegionCode == scope.RegionCode),
            RoleReach.Organization => cases.Where(c => c.SenderOrganizationId == scope.OrganizationId || c.InstituteOrganizationId == scope.OrganizationId),
            _ => cases.Where(_ => false),
        };
    }

    /// <summary>Whether the caller acts for the party of a step on this case: the permission, and for the sender and the health department the organization or region.</summary>
    public static bool ActsFor(this AccessScope scope, AbroadActor actor, AbroadCaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(record);
        if (!scope.Can(AbroadStepRules.PermissionOf(actor)))
        {
            return false;
        }

        return actor switch
        {
            AbroadActor.MedicalOrganization or AbroadActor.PolyclinicVkk => record.SenderOrganizationId == scope.OrganizationId,
            AbroadActor.ResearchInstitute => record.InstituteOrganizationId == scope.OrganizationId,
            AbroadActor.HealthDepartment => record.RegionCode == scope.RegionCode,
            _ => true,
        };
    }
}
