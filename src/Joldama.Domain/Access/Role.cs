namespace Joldama.Domain.Access;

/// <summary>The roles of Joldama's users. Each has one <see cref="RoleReach"/> (see <see cref="Roles"/>).</summary>
public enum Role
{
    PrimaryCareClinician,

    /// <summary>§40 ¶1: the treating doctor of a hospital where the patient lies (the in-patient route).</summary>
    HospitalPhysician,
    CommissionMember,
    CommissionSecretary,
    ProviderAdmissionOfficer,
    ProviderAdministrator,
    TerritorialInspector,
    TerritorialHead,
    FundOfficer,
    MinistryCatalogAdministrator,
    RegionalAnalyst,
    AbroadOfficer,
    Auditor,
    SystemAdministrator,
    Patient,
}
