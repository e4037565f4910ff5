namespace Joldama.Domain.Organizations;

/// <summary>The kinds of organizations that take part in HTMC (DOMAIN.md, "Who uses the system").</summary>
public enum OrganizationKind
{
    /// <summary>Primary care: the patient's attachment organization (ПМСП / МСАК).</summary>
    PrimaryCare,

    /// <summary>A provider of high-tech care (with or without a conformity conclusion).</summary>
    HtmcProvider,

    /// <summary>The regional health department, which forms the HTMC commission (seed 001 §32).</summary>
    RegionalHealthDepartment,

    /// <summary>Territorial department of the state body for medical services (Бөлімше): evaluates providers.</summary>
    TerritorialDepartment,

    /// <summary>Social Health Insurance Fund (ФСМС / ӘМСҚ).</summary>
    InsuranceFund,

    Ministry,

    /// <summary>The working body for treatment abroad (seed 003).</summary>
    AbroadWorkingBody,
}
