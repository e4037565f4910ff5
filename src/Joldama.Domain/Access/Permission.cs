namespace Joldama.Domain.Access;

/// <summary>What a role may do; endpoints and pages require permissions, never role names.</summary>
public enum Permission
{
    ViewOrganizations,
    ManageOrganizations,
    ViewUsers,
    ManageUsers,
    ViewAudit,
    VerifyAudit,
    ViewOwnRecords,

    /// <summary>A provider's specialists and devices (seed 001 §25, §29).</summary>
    ViewProviderResources,
    ManageProviderResources,

    /// <summary>Applications for conformity (App. 1) and re-issue requests (§26.4, §30).</summary>
    ViewConformityApplications,
    FileConformityApplications,

    /// <summary>The inspector's evaluation of each criterion (§26.1).</summary>
    ReviewConformityApplications,

    /// <summary>The head's signature of a conclusion (§27).</summary>
    SignConclusions,

    /// <summary>Signed conclusions (App. 3) with their PDF, and §29 alerts; the Fund reads every copy (§28).</summary>
    ViewConclusions,

    /// <summary>§29 alerts: the provider and the territorial department each mark them as seen (not the Fund or the ministry).</summary>
    AcknowledgeConformityAlerts,

    /// <summary>Which providers hold a valid conclusion for a code on a date (§22): country-wide, every staff role.</summary>
    ViewConformityRegister,

    /// <summary>Referral cases within the role's reach: the clinic its patients', the commission its region's, the provider those addressed to it.</summary>
    ViewReferrals,

    /// <summary>§31–34, §40 ¶1: the package, its documents, sending it; §39 informing; cancellation.</summary>
    PrepareReferrals,

    /// <summary>§35–36: the commission's decision (protocol) and the registration on the portal.</summary>
    DecideReferrals,

    /// <summary>§38, §41: the provider sets the date, admits, discharges, records a no-show.</summary>
    HandleReferrals,

    /// <summary>§40 ¶3: the refusal journal.</summary>
    ViewRefusalJournal,

    /// <summary>§42: follow-up records after treatment.</summary>
    RecordFollowUp,

    /// <summary>§42: the annual report to the regional health department.</summary>
    ViewReferralReports,

    /// <summary>Treatment abroad (order No. 544): the cases within reach — the sender its own, the health department its region's, the ministry's parties all.</summary>
    ViewAbroadCases,

    /// <summary>The medical organization's steps: the application with the ID copy and the extract (scheme step 1).</summary>
    PrepareAbroadCases,

    /// <summary>The health department's petition to the working body (current scheme, step 2).</summary>
    PetitionAbroad,

    /// <summary>The working body's steps: requests to foreign clinics, their offers, the list to the commission, the contract; the sessions' calendar.</summary>
    HandleAbroadCases,

    /// <summary>The chief specialist's conclusion on expediency (current scheme, step 4).</summary>
    ConcludeAbroadExpediency,

    /// <summary>The ministry commission's selection of a foreign clinic agreed with the patient.</summary>
    DecideAbroadCases,

    /// <summary>The commission's calendar and the agendas of its sessions (the ministry's parties: country-wide).</summary>
    ViewAbroadSessions,

    /// <summary>Scheduling the monthly and the extraordinary sessions (the working body and the commission).</summary>
    ScheduleAbroadSessions,

    /// <summary>§19: the organization's planned-hospitalization volume per period, the base of its quota.</summary>
    ManageQuotaVolumes,

    /// <summary>§19 ¶1–2: the head's own decision on a planned hospitalization for a vulnerable group, within the quota.</summary>
    DecideQuotaAdmissions,

    /// <summary>§19: quota periods, decisions and the report per organization and region, within reach.</summary>
    ViewQuotaReports,

    /// <summary>§19 ¶2: the periods in which the pandemic limits apply (the ministry's switch).</summary>
    ManagePandemicMode,
}
