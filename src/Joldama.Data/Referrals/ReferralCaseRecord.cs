using Joldama.Domain.Referrals;

namespace Joldama.Data.Referrals;

/// <summary>
/// A referral case from the package (§34) to the end of follow-up (§42). The state moves only through
/// <see cref="ReferralWorkflow"/>; each move is a <see cref="ReferralTransitionRecord"/>. The running deadline
/// (<see cref="DueOn"/>) is kept on the row so that worklists sort and the escalation job searches by index.
/// </summary>
public sealed class ReferralCaseRecord
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public ReferralRoute Route { get; set; }

    /// <summary>Who prepared the package: the attachment clinic (§33) or the hospital of §40.</summary>
    public Guid SenderOrganizationId { get; set; }

    /// <summary>The patient's attachment organization: informs the patient (§39) and follows up (§42).</summary>
    public Guid AttachmentOrganizationId { get; set; }

    /// <summary>The sender's region: its commission (§32) decides.</summary>
    public required string RegionCode { get; set; }

    public required string HtmcCode { get; set; }

    /// <summary>The clinical diagnosis of the extract (§34.3).</summary>
    public required string Diagnosis { get; set; }

    /// <summary>§31: the profile specialist's conclusion the referral rests on.</summary>
    public required string SpecialistConclusion { get; set; }

    /// <summary>The funding stream that covers the case on the day it was assessed ("gobmp", "osms", "paid"), null if none.</summary>
    public string? FundingStream { get; set; }

    /// <summary>Whether free care or insurance covers it; false shows the warning on every page of the case.</summary>
    public bool FundingCovered { get; set; }

    /// <summary>Why, in Kazakh and in Russian (the funding rules explain every decision in both).</summary>
    public required string FundingExplanationKk { get; set; }

    public required string FundingExplanationRu { get; set; }

    /// <summary>The explanation in the reader's language ("kk", else Russian).</summary>
    public string FundingExplanationIn(string language) => language == "kk" ? FundingExplanationKk : FundingExplanationRu;

    /// <summary>§31 ¶2: the providers with a valid conclusion for the code offered to the patient.</summary>
    public List<Guid> OfferedProviderIds { get; set; } = [];

    /// <summary>The patient's choice among them.</summary>
    public Guid? ProviderOrganizationId { get; set; }

    /// <summary>Ch. 2 §11–12: the child is under five, or the doctor says the patient needs a carer.</summary>
    public bool NeedsCarer { get; set; }

    public ReferralState State { get; set; }

    public DateTimeOffset StateSince { get; set; }

    /// <summary>The deadline running in the current state (§35.1, §38, §39), if any.</summary>
    public ReferralDeadline? Deadline { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>When the escalation job reported the running deadline as missed (cleared by the next transition).</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    public string? ProtocolNumber { get; set; }

    public RejectionGround? RejectionGround { get; set; }

    public string? DecisionComment { get; set; }

    /// <summary>§36: unique once registered.</summary>
    public string? ReferralNumber { get; set; }

    public DateOnly? HospitalizationDate { get; set; }

    public bool CarerPlaceProvided { get; set; }

    public InformChannel? InformChannel { get; set; }

    public DateTimeOffset? InformedAt { get; set; }

    public DateTimeOffset? AdmittedAt { get; set; }

    public DateOnly? DischargedOn { get; set; }

    public string? DischargeSummary { get; set; }

    public string? FollowUpPlan { get; set; }

    public CancellationReason? CancellationReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedByUserId { get; set; }

    /// <summary>The client's Idempotency-Key of the creating request: a retried POST returns this case.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Optimistic concurrency (the API's ETag).</summary>
    public int Version { get; set; }

    public List<ReferralTransitionRecord> Transitions { get; set; } = [];

    public List<ReferralDocumentRecord> Documents { get; set; } = [];
}
