namespace Joldama.Domain.Referrals;

/// <summary>
/// Where a referral stands, from the attachment clinic's draft to the end of the follow-up (seed 001 §31–42).
/// <see cref="Rejected"/>, <see cref="Closed"/>, <see cref="Cancelled"/> and <see cref="NoShow"/> are final.
/// </summary>
public enum ReferralState
{
    /// <summary>The package is being assembled (§34), not yet sent.</summary>
    Draft,

    /// <summary>§33 / §40 ¶1: the package is with the ЖТМК commission; its 2 working days run (§35.1).</summary>
    SentToCommission,

    /// <summary>§35.3: positive decision, recorded in a protocol; the referral is not yet on the portal.</summary>
    Approved,

    /// <summary>§35.3, §40 ¶3–4: negative decision on one of the three grounds; goes into the refusal journal.</summary>
    Rejected,

    /// <summary>§36 / §40 ¶2: the commission registered the referral on the «Емдеуге жатқызу бюросы» portal (a referral number).</summary>
    Registered,

    /// <summary>§38: the provider reviewed the referral and set the hospitalization date; the clinic's 1 working day runs (§39).</summary>
    AcceptedByProvider,

    /// <summary>§39: the attachment clinic told the patient the date, by one of the four channels.</summary>
    PatientInformed,

    /// <summary>The patient is in the provider's hospital.</summary>
    Admitted,

    /// <summary>§41: discharged; the summary with the follow-up plan went to the attachment clinic.</summary>
    Discharged,

    /// <summary>§42: the attachment clinic follows the patient (complications, disability, one-year survival, death).</summary>
    FollowUp,

    /// <summary>§42: the follow-up is over.</summary>
    Closed,

    /// <summary>The patient declined, died, or chose another provider before admission (not a seed term, see README).</summary>
    Cancelled,

    /// <summary>The patient did not come on the hospitalization date.</summary>
    NoShow,
}
