namespace Joldama.Domain.Abroad.Cases;

/// <summary>Where an abroad case stands; <see cref="InProgress"/> cases are at one step of their scheme.</summary>
public enum AbroadCaseStatus
{
    InProgress,

    /// <summary>The last step (the contract with the foreign clinic) is done.</summary>
    Contracted,

    /// <summary>Refused at a step: not expedient (the chief specialist), not selected (the commission), or withdrawn by the working body with a reason.</summary>
    Refused,
}

/// <summary>What must be on the case before a step can be completed (<see cref="AbroadStepRules"/>).</summary>
public enum AbroadRequirement
{
    /// <summary>The files the step sends, and at the first step that reaches the working body the four of seed 004 (lines 81-96).</summary>
    Documents,

    /// <summary>The chief specialist says whether treatment abroad is expedient (current scheme, step 4).</summary>
    ExpediencyVerdict,

    /// <summary>At least one request for a treatment program and price offer sent to a foreign clinic.</summary>
    ClinicRequests,

    /// <summary>At least one foreign clinic answered with a program and a price (currency and amount).</summary>
    Offers,

    /// <summary>The case is on the agenda of a session that has been held (the session date has come).</summary>
    SessionHeld,

    /// <summary>The commission's choice of one offer, agreed with the patient (seed 003: «согласованной с пациентом»).</summary>
    Selection,

    /// <summary>The contract: number, date, amount and currency, the accompanying person where the patient needs care.</summary>
    Contract,
}
