using Joldama.Domain.Organizations;
using Joldama.Domain.Patients;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Quotas;

/// <summary>
/// Seed 001 §19: may the head of an organization decide one more planned hospitalization alone for a patient of a
/// vulnerable group? Pure: the volume, the count so far and the date are parameters.
/// </summary>
public static class QuotaCheck
{
    /// <summary>
    /// Checks, in this order: a planned volume for the period (<c>quota.no_planned_volume</c>), the date inside the period
    /// (<c>quota.date_outside_period</c>), the patient in a group of the paragraph in force (<c>quota.group_not_eligible</c>),
    /// and the decision within the limit (<c>quota.exceeded</c>). On success, the usage counting this decision.
    /// </summary>
    /// <param name="rules">The §19 terms.</param>
    /// <param name="organizationLevel">The deciding organization's level.</param>
    /// <param name="isScientific">The organization is a scientific one (matters in the pandemic mode only).</param>
    /// <param name="period">The organization's planned volume for the period of <paramref name="date"/>; null when none is set.</param>
    /// <param name="decidedSoFar">Decisions for vulnerable groups already taken in the period (not counting this one).</param>
    /// <param name="patientGroups">The patient's vulnerable groups.</param>
    /// <param name="date">The decision's date (local, Kazakhstan): it picks the paragraph in force.</param>
    public static Result<QuotaUsage> Decide(
        QuotaRules rules,
        OrganizationLevel organizationLevel,
        bool isScientific,
        QuotaPeriod? period,
        int decidedSoFar,
        IReadOnlyCollection<VulnerableGroup> patientGroups,
        DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(patientGroups);
        ArgumentOutOfRangeException.ThrowIfNegative(decidedSoFar);
        if (period is null || period.PlannedVolume <= 0)
        {
            return new QuotaNoPlannedVolume(date);
        }

        if (!period.Contains(date))
        {
            return new QuotaDateOutsidePeriod(date, period.From, period.To);
        }

        var mode = rules.ModeOn(date);
        var groups = rules.ParagraphOf(mode).GroupValues;
        if (!patientGroups.Any(groups.Contains))
        {
            return new QuotaGroupNotEligible(groups);
        }

        var usage = Usage(rules, organizationLevel, isScientific, period.PlannedVolume, decidedSoFar, mode);
        return decidedSoFar + 1 > usage.LimitCount
            ? new QuotaExceeded(decidedSoFar, usage.LimitCount, period.PlannedVolume, usage.Percent)
            : usage with { Decided = decidedSoFar + 1 };
    }

    /// <summary>The usage as it stands (for the head's decision form): <paramref name="decided"/> against the limit in force on <paramref name="date"/>.</summary>
    public static QuotaUsage Usage(QuotaRules rules, OrganizationLevel organizationLevel, bool isScientific, int plannedVolume, int decided, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Usage(rules, organizationLevel, isScientific, plannedVolume, decided, rules.ModeOn(date));
    }

    private static QuotaUsage Usage(QuotaRules rules, OrganizationLevel organizationLevel, bool isScientific, int plannedVolume, int decided, QuotaMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plannedVolume);
        ArgumentOutOfRangeException.ThrowIfNegative(decided);
        var level = QuotaLevels.For(organizationLevel, isScientific, mode);
        var limit = rules.LimitOf(level, mode);
        return new QuotaUsage(plannedVolume, decided, limit.Percent, QuotaUsage.LimitCountOf(plannedVolume, limit.Percent), level, mode);
    }
}
