namespace Joldama.Domain.Referrals;

/// <summary>What fires a transition; the table in <see cref="ReferralWorkflow"/> says from where and by whom.</summary>
public enum ReferralTrigger
{
    /// <summary>§31, §33: the attachment clinic sends the package to the commission.</summary>
    Submit,

    /// <summary>§40 ¶1: a hospital where the patient lies sends the extract by e-mail (in-patient route).</summary>
    SubmitInpatient,

    /// <summary>§35.3: positive decision.</summary>
    Approve,

    /// <summary>§35.3, §40 ¶3–4: negative decision.</summary>
    Reject,

    /// <summary>§36, §40 ¶2: the referral is registered on the portal.</summary>
    Register,

    /// <summary>§38: the provider sets the hospitalization date.</summary>
    Accept,

    /// <summary>§39: the patient is told the date.</summary>
    Inform,

    /// <summary>The patient is admitted.</summary>
    Admit,

    /// <summary>§41: discharge with a summary and a follow-up plan.</summary>
    Discharge,

    /// <summary>§42: the follow-up begins.</summary>
    StartFollowUp,

    /// <summary>§42: the follow-up ends.</summary>
    Close,

    /// <summary>The referral is cancelled (patient declines, dies, chooses another provider).</summary>
    Cancel,

    /// <summary>The patient did not come on the date.</summary>
    RecordNoShow,
}
