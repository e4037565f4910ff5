using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>A follow-up entry needs one of the four kinds of §42 (a value that is not defined counts as missing).</summary>
public sealed record FollowUpKindRequired()
    : ValidationError("referral.follow_up_kind_required", "A follow-up entry needs its kind: complication, disability, alive at one year or death.");

/// <summary>§41–42: the follow-up begins with the discharge; nothing of it can be dated before.</summary>
public sealed record FollowUpBeforeDischarge(DateOnly Date, DateOnly DischargedOn)
    : RuleViolation("referral.follow_up_before_discharge", string.Create(CultureInfo.InvariantCulture, $"A follow-up entry of {Date:yyyy-MM-dd} is before the discharge on {DischargedOn:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("date", ReferralErrorArgs.Text(Date)), ("dischargedOn", ReferralErrorArgs.Text(DischargedOn)));
}

/// <summary>A follow-up entry records what happened: it cannot be dated after today.</summary>
public sealed record FollowUpInFuture(DateOnly Date, DateOnly Today)
    : RuleViolation("referral.follow_up_in_future", string.Create(CultureInfo.InvariantCulture, $"A follow-up entry of {Date:yyyy-MM-dd} is after today, {Today:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("date", ReferralErrorArgs.Text(Date)), ("today", ReferralErrorArgs.Text(Today)));
}

/// <summary>A patient dies once: a death is already recorded.</summary>
public sealed record FollowUpSecondDeath(DateOnly DiedOn)
    : ConflictError("referral.follow_up_second_death", string.Create(CultureInfo.InvariantCulture, $"A death is already recorded, on {DiedOn:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("diedOn", ReferralErrorArgs.Text(DiedOn)));
}

/// <summary>§42's one-year survival is one fact: it is already recorded.</summary>
public sealed record FollowUpSecondOneYear(DateOnly RecordedOn)
    : ConflictError("referral.follow_up_second_one_year", string.Create(CultureInfo.InvariantCulture, $"Survival at one year is already recorded, on {RecordedOn:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("recordedOn", ReferralErrorArgs.Text(RecordedOn)));
}

/// <summary>§42: survival «бір жыл ішінде» can be recorded only once the year is over (<see cref="OneYearMark"/>).</summary>
public sealed record FollowUpOneYearNotReached(DateOnly Date, DateOnly OneYearOn)
    : RuleViolation("referral.follow_up_one_year_not_reached", string.Create(CultureInfo.InvariantCulture, $"Survival at one year cannot be recorded on {Date:yyyy-MM-dd}, before {OneYearOn:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("date", ReferralErrorArgs.Text(Date)), ("oneYearOn", ReferralErrorArgs.Text(OneYearOn)));
}

/// <summary>The patient died within the year after discharge: they did not survive one year.</summary>
public sealed record FollowUpAliveAfterDeath(DateOnly DiedOn)
    : RuleViolation("referral.follow_up_alive_after_death", string.Create(CultureInfo.InvariantCulture, $"Survival at one year contradicts the death recorded on {DiedOn:yyyy-MM-dd}, within the year."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("diedOn", ReferralErrorArgs.Text(DiedOn)));
}

/// <summary>Nothing happens to a patient after their death: an entry dated after it (either one being new) is refused.</summary>
public sealed record FollowUpAfterDeath(DateOnly Date, DateOnly DiedOn)
    : RuleViolation("referral.follow_up_after_death", string.Create(CultureInfo.InvariantCulture, $"A follow-up entry of {Date:yyyy-MM-dd} is after the death on {DiedOn:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("date", ReferralErrorArgs.Text(Date)), ("diedOn", ReferralErrorArgs.Text(DiedOn)));
}
