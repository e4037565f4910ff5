namespace Joldama.Domain.Referrals;

/// <summary>Who fires a transition, as plain values: the user's (or job's) id and the kind of party they act for.</summary>
public sealed record ReferralActor(string Id, ActorKind Kind);
