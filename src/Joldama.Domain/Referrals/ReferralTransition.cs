namespace Joldama.Domain.Referrals;

/// <summary>One row of the table: from a state, a trigger, fired by one of <paramref name="By"/>, leads to a state.</summary>
/// <param name="Place">Where the seed (001) describes the step.</param>
public sealed record ReferralTransition(
    ReferralState From,
    ReferralTrigger Trigger,
    ReferralState To,
    IReadOnlyList<ActorKind> By,
    IReadOnlyList<StepRequirement> Requires,
    string Place);
