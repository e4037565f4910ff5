namespace Joldama.Domain.Referrals;

/// <summary>
/// One request to move a referral: the trigger, who, when, why, and the values its transition requires
/// (see <see cref="ReferralWorkflow.Transitions"/>). Values a transition does not require are ignored.
/// </summary>
/// <param name="At">The moment of the step; its local date in Kazakhstan is the decision day.</param>
/// <param name="Comment">Why: free text, required for a refusal.</param>
public sealed record ReferralStep(ReferralTrigger Trigger, ReferralActor Actor, DateTimeOffset At, string? Comment = null)
{
    /// <summary>§40 ¶1: the head of department or deputy chief physician who sends the extract with the treating doctor.</summary>
    public string? CoSigner { get; init; }

    /// <summary>§35.3: the commission's protocol number.</summary>
    public string? ProtocolNumber { get; init; }

    public RejectionGround? Ground { get; init; }

    /// <summary>§36: the referral number issued by the portal.</summary>
    public string? ReferralNumber { get; init; }

    /// <summary>§38: the date set by the provider; for a no-show, the date that was set.</summary>
    public DateOnly? HospitalizationDate { get; init; }

    /// <summary>Ch. 2 §11: the case needs a carer (a child under five, or older, who needs individual care).</summary>
    public bool PatientNeedsCarer { get; init; }

    /// <summary>Ch. 2 §12: the provider confirms a free sleeping place for the carer.</summary>
    public bool CarerPlaceProvided { get; init; }

    public InformChannel? Channel { get; init; }

    /// <summary>§41: the discharge summary (text or a reference to the document).</summary>
    public string? DischargeSummary { get; init; }

    /// <summary>§41: the follow-up plan.</summary>
    public string? FollowUpPlan { get; init; }

    public CancellationReason? CancellationReason { get; init; }
}
