using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;

namespace Joldama.Data.Abroad;

/// <summary>
/// A case of treatment abroad at budget expense (order No. 544). It walks the steps of the scheme in force when it was
/// opened (<see cref="SchemeId"/>), one step at a time; each completed step is an <see cref="AbroadStepRecord"/>. The
/// running step's due date is kept on the row so that worklists sort and the escalation job searches by index.
/// </summary>
public sealed class AbroadCaseRecord
{
    public Guid Id { get; set; }

    /// <summary>A-YYYY-NNNNNNNN, shown to the patient.</summary>
    public required string Number { get; set; }

    public Guid PatientId { get; set; }

    /// <summary>The medical organization that applied (scheme step 1).</summary>
    public Guid SenderOrganizationId { get; set; }

    /// <summary>The sender's region: its health department petitions (current scheme, step 2).</summary>
    public required string RegionCode { get; set; }

    public required string SchemeId { get; set; }

    /// <summary>The proposed scheme's research institute (НИИ) that concludes after the polyclinic's ВКК (seed 003 lines 152-162).</summary>
    public Guid? InstituteOrganizationId { get; set; }

    public AbroadCategory Category { get; set; }

    /// <summary>The disease of the list (eligibility.json id), if any.</summary>
    public string? IndicationId { get; set; }

    public required string Diagnosis { get; set; }

    public AbroadEligibilityBasis EligibilityBasis { get; set; }

    /// <summary>Seed 004's priority groups that apply, kebab-case.</summary>
    public List<string> Priorities { get; set; } = [];

    /// <summary>The applicant's facts the eligibility rested on (kebab-case flags), kept for the record.</summary>
    public List<string> EligibilityFacts { get; set; } = [];

    /// <summary>Seed 004 lines 39-40: a child, or a patient who needs care, travels with an accompanying person.</summary>
    public bool NeedsAccompanyingPerson { get; set; }

    /// <summary>Seed 003 line 223: a continuation of treatment abroad may go before an extraordinary session.</summary>
    public bool ContinuationOfTreatment { get; set; }

    public AbroadCaseStatus Status { get; set; }

    /// <summary>The step to be completed next (1-based); the last step's number once contracted.</summary>
    public int CurrentStep { get; set; }

    /// <summary>When the current step began: the previous step's completion (or the case's opening).</summary>
    public DateTimeOffset StepSince { get; set; }

    /// <summary>The current step's last day; null while the case waits for a session, or when the calendar year is not loaded.</summary>
    public DateOnly? DueOn { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>The chief specialist's verdict (current scheme, step 4).</summary>
    public bool? Expedient { get; set; }

    public Guid? SessionId { get; set; }

    public Guid? SelectedOfferId { get; set; }

    public DateOnly? PatientAgreedOn { get; set; }

    public string? SelectionProtocolNumber { get; set; }

    public string? ContractNumber { get; set; }

    public DateOnly? ContractDate { get; set; }

    public decimal? ContractAmount { get; set; }

    public string? ContractCurrency { get; set; }

    public string? AccompanyingPerson { get; set; }

    /// <summary>Seed 004 lines 42-43: the travel of the patient (and the accompanying person) is paid by the budget.</summary>
    public bool TravelPaidByBudget { get; set; }

    public string? RefusalReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedByUserId { get; set; }

    /// <summary>Optimistic concurrency (the API's ETag).</summary>
    public int Version { get; set; }
}
