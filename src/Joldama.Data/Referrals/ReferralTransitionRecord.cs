using Joldama.Domain.Referrals;

namespace Joldama.Data.Referrals;

/// <summary>One move of a referral: from, to, by which trigger, who (user, role, organization), when, and why.</summary>
public sealed class ReferralTransitionRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public ReferralState From { get; set; }

    public ReferralState To { get; set; }

    public ReferralTrigger Trigger { get; set; }

    public ActorKind ActorKind { get; set; }

    public Guid? ActorUserId { get; set; }

    public required string ActorLogin { get; set; }

    public Guid? ActorOrganizationId { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Comment { get; set; }

    /// <summary>The values the step carried (protocol, ground, number, date, channel, reason), as text.</summary>
    public Dictionary<string, string> Values { get; set; } = [];
}
