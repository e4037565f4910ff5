namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>
/// The §42 figures of a group of treated cases (a row of the annual report, or its totals).
/// </summary>
/// <param name="Cases">Cases discharged within the reporting year.</param>
/// <param name="WithComplications">Cases with a complication recorded within the year after discharge.</param>
/// <param name="WithDisability">Cases with a disability recorded within the year after discharge.</param>
/// <param name="Deaths">Cases with a death within the year after discharge.</param>
/// <param name="SurvivedOneYear">Of the cases whose one-year mark has passed: alive at one year (the numerator).</param>
/// <param name="OneYearKnown">Of the cases whose one-year mark has passed: those with a known outcome, alive or dead (the denominator).</param>
/// <param name="OneYearUnknown">Of the cases whose one-year mark has passed: neither survival nor a death recorded.</param>
public sealed record OutcomeCounts(
    int Cases, int WithComplications, int WithDisability, int Deaths, int SurvivedOneYear, int OneYearKnown, int OneYearUnknown)
{
    public static OutcomeCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>One-year survival in per cent, <see cref="SurvivedOneYear"/> / <see cref="OneYearKnown"/>; null when no outcome is known.</summary>
    public decimal? SurvivalPercent => Percent(SurvivedOneYear, OneYearKnown);

    /// <summary>Mortality in per cent, <see cref="Deaths"/> / <see cref="Cases"/>; null without cases.</summary>
    public decimal? MortalityPercent => Percent(Deaths, Cases);

    /// <summary>The counts of one case, as known on <paramref name="asOf"/> (<see cref="FollowUpOutcomes.Of"/>).</summary>
    public static OutcomeCounts Of(TreatedCase treated, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(treated);
        var outcomes = FollowUpOutcomes.Of(treated, asOf);
        var due = OneYearMark.After(treated.DischargedOn) <= asOf; // only a year that is over has a survival outcome
        return new OutcomeCounts(
            1,
            One(outcomes.Complication),
            One(outcomes.Disability),
            One(outcomes.Died),
            One(due && outcomes.OneYear == OneYearOutcome.Survived),
            One(due && outcomes.OneYear is OneYearOutcome.Survived or OneYearOutcome.Died),
            One(due && outcomes.OneYear == OneYearOutcome.Unknown));
    }

    public static OutcomeCounts operator +(OutcomeCounts left, OutcomeCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.Cases + right.Cases,
            left.WithComplications + right.WithComplications,
            left.WithDisability + right.WithDisability,
            left.Deaths + right.Deaths,
            left.SurvivedOneYear + right.SurvivedOneYear,
            left.OneYearKnown + right.OneYearKnown,
            left.OneYearUnknown + right.OneYearUnknown);
    }

    /// <summary>Named alternative of <c>+</c> (CA2225).</summary>
    public static OutcomeCounts Add(OutcomeCounts left, OutcomeCounts right) => left + right;

    /// <summary>A share in per cent with one decimal, rounded half away from zero.</summary>
    private static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    private static int One(bool counts) => counts ? 1 : 0;
}
