namespace Joldama.Domain.Referrals;

/// <summary>The three timed steps of a referral, each running while the referral is in one state.</summary>
public enum ReferralDeadline
{
    /// <summary>§35.1: from receipt of the package (entering <see cref="ReferralState.SentToCommission"/>).</summary>
    CommissionReview,

    /// <summary>§38: from receipt of the referral on the portal (entering <see cref="ReferralState.Registered"/>).</summary>
    ProviderReview,

    /// <summary>§39: from the date being set (entering <see cref="ReferralState.AcceptedByProvider"/>).</summary>
    InformPatient,
}
