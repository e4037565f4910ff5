namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>What one treated case counts for in the annual report, from its entries known on a given day.</summary>
/// <param name="Complication">A complication recorded within the year after discharge.</param>
/// <param name="Disability">A disability recorded within the year after discharge.</param>
/// <param name="Died">A death within the year after discharge.</param>
/// <param name="OneYear">The one-year survival outcome.</param>
public sealed record FollowUpOutcomes(bool Complication, bool Disability, bool Died, OneYearOutcome OneYear)
{
    /// <summary>
    /// The outcomes of <paramref name="treated"/> on <paramref name="asOf"/>: entries dated after it are not yet known.
    /// §42's watch is read as the year after discharge (<see cref="OneYearMark"/>): complications, disability and deaths
    /// dated later are not this cohort's outcomes; a death after the year means the patient survived it.
    /// </summary>
    public static FollowUpOutcomes Of(TreatedCase treated, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(treated);
        var mark = OneYearMark.After(treated.DischargedOn);
        var known = treated.FollowUps.Where(e => e.On <= asOf).ToList();
        bool WithinYear(FollowUpKind kind) => known.Any(e => e.Kind == kind && e.On <= mark);
        var died = WithinYear(FollowUpKind.Death);
        var oneYear = died ? OneYearOutcome.Died
            : known.Any(e => e.Kind is FollowUpKind.AliveAtOneYear or FollowUpKind.Death) ? OneYearOutcome.Survived
            : asOf < mark ? OneYearOutcome.NotYetDue
            : OneYearOutcome.Unknown;
        return new FollowUpOutcomes(WithinYear(FollowUpKind.Complication), WithinYear(FollowUpKind.Disability), died, oneYear);
    }
}
