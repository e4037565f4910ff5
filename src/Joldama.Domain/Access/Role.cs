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

    /// <summary>Seed 003: the ministry's chief freelance specialist of the profile, who concludes on expediency.</summary>
    ChiefSpecialist,

    /// <summary>Seed 003: a member of the commission of the Ministry of Health that selects the foreign clinic.</summary>
    AbroadCommissionMember,
    Auditor,
    SystemAdministrator,
    Patient,

    /// <summary>Seed 001 §19 ¶1: the head of a health organization, who decides planned hospitalizations alone for the vulnerable groups within the quota.</summary>
    OrganizationHead,
}
