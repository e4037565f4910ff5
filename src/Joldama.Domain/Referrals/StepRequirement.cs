namespace Joldama.Domain.Referrals;

/// <summary>What a transition needs from its <see cref="ReferralStep"/> besides an allowed actor.</summary>
public enum StepRequirement
{
    /// <summary>§40 ¶1: the extract is sent jointly with the head of department or the deputy chief physician.</summary>
    CoSigner,

    /// <summary>§35.3: the decision is drawn up as a protocol («хаттама түрінде ресімделетін шешім»).</summary>
    ProtocolNumber,

    /// <summary>§40 ¶4: one of the three grounds.</summary>
    Ground,

    /// <summary>A written explanation (for a refusal: what exactly is missing or wrong).</summary>
    Comment,

    /// <summary>§36: the number the portal gave the referral.</summary>
    ReferralNumber,

    /// <summary>§38: the hospitalization date, not before the day it is set.</summary>
    HospitalizationDate,

    /// <summary>Ch. 2 §11–12: a child who needs a carer is admitted with the carer, who gets a free sleeping place.</summary>
    CarerPlaceIfNeeded,

    /// <summary>§39 ¶2: how the patient was told.</summary>
    Channel,

    /// <summary>§41: the discharge summary («шығару эпикризі»).</summary>
    DischargeSummary,

    /// <summary>§41: the recommendations with the joint follow-up plan.</summary>
    FollowUpPlan,

    /// <summary>Why the referral is cancelled.</summary>
    CancellationReason,

    /// <summary>A no-show is recorded on or after the hospitalization date, never before.</summary>
    DateReached,
}
