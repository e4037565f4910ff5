using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Referrals;

/// <summary>The table has no row for this trigger from this state.</summary>
public sealed record TransitionNotAllowed(ReferralState State, ReferralTrigger Trigger)
    : ConflictError("referral.transition_not_allowed", $"A referral in state {State} cannot be moved by {Trigger}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("state", State.ToString()), ("trigger", Trigger.ToString()));
}

/// <summary>The transition exists but this kind of party may not fire it.</summary>
public sealed record ActorNotAllowed(ReferralTrigger Trigger, ActorKind Actor, IReadOnlyList<ActorKind> Allowed)
    : RuleViolation("referral.actor_not_allowed", $"{Actor} may not {Trigger} a referral; only {string.Join(", ", Allowed)}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(
        ("trigger", Trigger.ToString()), ("actor", Actor.ToString()), ("allowed", string.Join(",", Allowed)));
}

/// <summary>Every transition is recorded with who made it: a blank actor id is refused.</summary>
public sealed record ActorRequired()
    : ValidationError("referral.actor_required", "A referral step needs the id of who makes it.");

/// <summary>A value the transition requires is missing (or is not one of the defined values).</summary>
public sealed record StepValueRequired(ReferralTrigger Trigger, StepRequirement Requirement)
    : ValidationError(CodeOf(Requirement), $"{Trigger} needs {Requirement}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("trigger", Trigger.ToString()), ("field", Requirement.ToString()));

    /// <summary>The stable code of each requirement.</summary>
    public static string CodeOf(StepRequirement requirement) => requirement switch
    {
        StepRequirement.CoSigner => "referral.co_signer_required",
        StepRequirement.ProtocolNumber => "referral.protocol_required",
        StepRequirement.Ground => "referral.ground_required",
        StepRequirement.Comment => "referral.comment_required",
        StepRequirement.ReferralNumber => "referral.referral_number_required",
        StepRequirement.HospitalizationDate or StepRequirement.DateReached => "referral.hospitalization_date_required",
        StepRequirement.CarerPlaceIfNeeded => "referral.carer_place_required",
        StepRequirement.Channel => "referral.channel_required",
        StepRequirement.DischargeSummary => "referral.summary_required",
        StepRequirement.FollowUpPlan => "referral.follow_up_plan_required",
        StepRequirement.CancellationReason => "referral.cancellation_reason_required",
        _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Unknown requirement."),
    };
}

/// <summary>§38: the hospitalization date cannot be before the day the provider sets it.</summary>
public sealed record HospitalizationDateInPast(DateOnly Date, DateOnly DecidedOn)
    : RuleViolation("referral.hospitalization_date_in_past", string.Create(CultureInfo.InvariantCulture, $"The hospitalization date {Date:yyyy-MM-dd} is before the decision day {DecidedOn:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("date", ReferralErrorArgs.Text(Date)), ("decidedOn", ReferralErrorArgs.Text(DecidedOn)));
}

/// <summary>A patient cannot fail to come before the day they were expected.</summary>
public sealed record NoShowBeforeDate(DateOnly Date, DateOnly On)
    : RuleViolation("referral.no_show_before_date", string.Create(CultureInfo.InvariantCulture, $"A no-show for {Date:yyyy-MM-dd} cannot be recorded on {On:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("date", ReferralErrorArgs.Text(Date)), ("on", ReferralErrorArgs.Text(On)));
}

/// <summary>Error arguments are invariant text, so a localized message formats them itself.</summary>
internal static class ReferralErrorArgs
{
    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> Of(params (string Key, string Value)[] args) =>
        args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
