using System.Collections.Frozen;
using Joldama.Domain.Organizations;

namespace Joldama.Domain.Access;

/// <summary>
/// The one table of who may do what (ASVS 8.1.1: a documented rule matrix). A role's reach scopes
/// every read; its permissions gate every action. Patients belong to their attachment organization
/// but see only their own records.
/// </summary>
public static class Roles
{
    private static readonly FrozenDictionary<Role, RoleDefinition> Definitions = new RoleDefinition[]
    {
        new(Role.PrimaryCareClinician, RoleReach.Organization, OrganizationKind.PrimaryCare,
            Set(Permission.ViewOrganizations, Permission.ViewConformityRegister, Permission.ViewReferrals, Permission.PrepareReferrals, Permission.RecordFollowUp,
                Permission.ViewAbroadCases, Permission.PrepareAbroadCases)),
        new(Role.HospitalPhysician, RoleReach.Organization, OrganizationKind.HtmcProvider,
            Set(Permission.ViewOrganizations, Permission.ViewConformityRegister, Permission.ViewReferrals, Permission.PrepareReferrals,
                Permission.ViewAbroadCases, Permission.PrepareAbroadCases)),
        new(Role.CommissionMember, RoleReach.Region, OrganizationKind.RegionalHealthDepartment,
            Set(Permission.ViewOrganizations, Permission.ViewConformityRegister, Permission.ViewReferrals, Permission.DecideReferrals, Permission.ViewRefusalJournal)),
        new(Role.CommissionSecretary, RoleReach.Region, OrganizationKind.RegionalHealthDepartment,
            Set(Permission.ViewOrganizations, Permission.ViewConformityRegister, Permission.ViewReferrals, Permission.DecideReferrals, Permission.ViewRefusalJournal,
                Permission.ViewReferralReports, Permission.ViewAbroadCases, Permission.PetitionAbroad)),
        new(Role.ProviderAdmissionOfficer, RoleReach.Organization, OrganizationKind.HtmcProvider,
            Set(Permission.ViewOrganizations, Permission.ViewConformityRegister, Permission.ViewReferrals, Permission.HandleReferrals)),
        new(Role.ProviderAdministrator, RoleReach.Organization, OrganizationKind.HtmcProvider,
            Set(Permission.ViewOrganizations, Permission.ViewUsers, Permission.ViewProviderResources, Permission.ManageProviderResources,
                Permission.ViewConformityApplications, Permission.FileConformityApplications, Permission.ViewConclusions, Permission.ViewConformityRegister,
                Permission.AcknowledgeConformityAlerts)),
        new(Role.TerritorialInspector, RoleReach.Region, OrganizationKind.TerritorialDepartment,
            Set(Permission.ViewOrganizations, Permission.ViewProviderResources, Permission.ViewConformityApplications,
                Permission.ReviewConformityApplications, Permission.ViewConclusions, Permission.ViewConformityRegister, Permission.AcknowledgeConformityAlerts)),
        new(Role.TerritorialHead, RoleReach.Region, OrganizationKind.TerritorialDepartment,
            Set(Permission.ViewOrganizations, Permission.ViewUsers, Permission.ViewProviderResources, Permission.ViewConformityApplications,
                Permission.SignConclusions, Permission.ViewConclusions, Permission.ViewConformityRegister, Permission.AcknowledgeConformityAlerts)),
        new(Role.FundOfficer, RoleReach.Country, OrganizationKind.InsuranceFund, Set(Permission.ViewOrganizations, Permission.ViewConclusions, Permission.ViewConformityRegister)),
        new(Role.MinistryCatalogAdministrator, RoleReach.Country, OrganizationKind.Ministry,
            Set(Permission.ViewOrganizations, Permission.ViewConclusions, Permission.ViewConformityRegister, Permission.ViewQuotaReports, Permission.ManagePandemicMode)),
        new(Role.RegionalAnalyst, RoleReach.Region, OrganizationKind.RegionalHealthDepartment,
            Set(Permission.ViewOrganizations, Permission.ViewConclusions, Permission.ViewConformityRegister, Permission.ViewReferrals, Permission.ViewRefusalJournal,
                Permission.ViewReferralReports, Permission.ViewQuotaReports)),
        new(Role.AbroadOfficer, RoleReach.Country, OrganizationKind.AbroadWorkingBody, Set(Permission.ViewOrganizations, Permission.ViewAbroadCases, Permission.HandleAbroadCases,
                Permission.ViewAbroadSessions, Permission.ScheduleAbroadSessions)),
        new(Role.ChiefSpecialist, RoleReach.Country, OrganizationKind.Ministry, Set(Permission.ViewOrganizations, Permission.ViewAbroadCases, Permission.ConcludeAbroadExpediency, Permission.ViewAbroadSessions)),
        new(Role.AbroadCommissionMember, RoleReach.Country, OrganizationKind.Ministry, Set(Permission.ViewOrganizations, Permission.ViewAbroadCases, Permission.DecideAbroadCases,
                Permission.ViewAbroadSessions, Permission.ScheduleAbroadSessions)),
        new(Role.Auditor, RoleReach.Country, OrganizationKind.Ministry, Set(Permission.ViewOrganizations, Permission.ViewUsers, Permission.ViewAudit, Permission.VerifyAudit)),
        new(Role.SystemAdministrator, RoleReach.Country, OrganizationKind.Ministry,
            Set(Permission.ViewOrganizations, Permission.ManageOrganizations, Permission.ViewUsers, Permission.ManageUsers, Permission.VerifyAudit)),
        new(Role.Patient, RoleReach.Self, OrganizationKind.PrimaryCare, Set(Permission.ViewOwnRecords)),
        new(Role.OrganizationHead, RoleReach.Organization, OrganizationKind.HtmcProvider,
            Set(Permission.ViewOrganizations, Permission.ViewConformityRegister, Permission.ManageQuotaVolumes, Permission.DecideQuotaAdmissions, Permission.ViewQuotaReports)),
    }.ToFrozenDictionary(d => d.Role);

    public static IReadOnlyCollection<RoleDefinition> All => Definitions.Values;

    public static RoleDefinition Of(Role role) => Definitions[role];

    public static bool Grants(this Role role, Permission permission) => Definitions[role].Permissions.Contains(permission);

    private static FrozenSet<Permission> Set(params Permission[] permissions) => permissions.ToFrozenSet();
}
