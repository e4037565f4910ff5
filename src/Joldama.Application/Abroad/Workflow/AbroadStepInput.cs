namespace Joldama.Application.Abroad.Workflow;

/// <summary>
/// Completing the current step of an abroad case. <see cref="Step"/> names the step the caller completes (a stale page or
/// a double submit is refused). The other fields are those the step records: the expediency verdict, the commission's
/// selection, the contract.
/// </summary>
public sealed record AbroadStepInput
{
    public int? Step { get; init; }

    public string? Comment { get; init; }

    /// <summary>The chief specialist: treatment abroad is expedient (true) or not (false: the case ends refused).</summary>
    public bool? Expedient { get; init; }

    /// <summary>The commission's selection: the offer (foreign clinic) chosen.</summary>
    public Guid? OfferId { get; init; }

    /// <summary>Seed 003: the selection is agreed with the patient.</summary>
    public bool PatientAgreed { get; init; }

    public string? ProtocolNumber { get; init; }

    public string? ContractNumber { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? ContractDate { get; init; }

    public decimal? ContractAmount { get; init; }

    /// <summary>ISO 4217; by default the selected offer's.</summary>
    public string? ContractCurrency { get; init; }

    /// <summary>Seed 004 lines 39-40: who accompanies a child or a patient who needs care.</summary>
    public string? AccompanyingPerson { get; init; }
}
