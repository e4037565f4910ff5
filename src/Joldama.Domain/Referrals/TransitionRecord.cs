namespace Joldama.Domain.Referrals;

/// <summary>A transition that happened: from, to, and the step that caused it (trigger, who, when, why, values).</summary>
public sealed record TransitionRecord(ReferralState From, ReferralState To, ReferralStep Step)
{
    public ReferralTrigger Trigger => Step.Trigger;

    public ReferralActor By => Step.Actor;

    public DateTimeOffset At => Step.At;

    public string? Why => Step.Comment;
}
