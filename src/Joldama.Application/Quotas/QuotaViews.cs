using Joldama.Data.Quotas;
using Joldama.Domain.Patients;
using Joldama.Domain.Quotas;

namespace Joldama.Application.Quotas;

/// <summary>A period with its usage against the limit in force on <see cref="On"/> (today, kept inside the period).</summary>
public sealed record QuotaPeriodView(QuotaPeriodRecord Period, string OrganizationNameKk, string OrganizationNameRu, DateOnly On, QuotaUsage Usage)
{
    /// <summary>The share of the planned volume used so far, in percent (one decimal).</summary>
    public decimal UsedPercent => Usage.PlannedVolume == 0 ? 0 : Math.Round(100m * Usage.Decided / Usage.PlannedVolume, 1);
}

/// <summary>A decision with the patient it was for (personal data: listed only after an audit record).</summary>
public sealed record QuotaDecisionView(QuotaDecisionRecord Decision, string PatientIin, string PatientName);

/// <summary>A pandemic period and where it comes from: the law data file or the ministry's switch in the system.</summary>
public sealed record PandemicPeriodView(Guid? Id, DateOnly From, DateOnly To, string Basis, bool FromLawData, string? SetByName, DateTimeOffset? SetAt);

/// <summary>The outcome of a decision: the record and the usage counting it.</summary>
public sealed record QuotaDecided(QuotaDecisionRecord Decision, QuotaUsage Usage, IReadOnlyList<VulnerableGroup> Groups);
