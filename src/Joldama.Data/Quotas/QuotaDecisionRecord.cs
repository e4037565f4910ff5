using Joldama.Domain.Patients;
using Joldama.Domain.Quotas;

namespace Joldama.Data.Quotas;

/// <summary>
/// The head's own decision on a planned hospitalization for a patient of a vulnerable group (seed 001 §19), with the usage
/// figures at the moment it was taken (counting this decision).
/// </summary>
public sealed class QuotaDecisionRecord
{
    public Guid Id { get; set; }

    public Guid PeriodId { get; set; }

    public Guid OrganizationId { get; set; }

    public required string RegionCode { get; set; }

    public Guid PatientId { get; set; }

    /// <summary>The §19 groups the decision relies on (the patient's groups that the paragraph in force names).</summary>
    public List<VulnerableGroup> Groups { get; set; } = [];

    /// <summary>«медициналық көрсетілімдер»: the medical indication, in the head's words.</summary>
    public required string Indication { get; set; }

    /// <summary>The HTMC code, when the hospitalization is for one.</summary>
    public string? HtmcCode { get; set; }

    /// <summary>The day of the decision (Kazakhstan).</summary>
    public DateOnly DecidedOn { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public Guid DecidedByUserId { get; set; }

    public required string DecidedByName { get; set; }

    /// <summary>The decision's number in its period (1 = the first): the used count after it.</summary>
    public int Number { get; set; }

    public int PlannedVolume { get; set; }

    public int Percent { get; set; }

    public int LimitCount { get; set; }

    public QuotaLevel Level { get; set; }

    public QuotaMode Mode { get; set; }
}
