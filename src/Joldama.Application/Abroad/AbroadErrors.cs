using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Application.Abroad;

public sealed record AbroadCaseNotFound(Guid Id) : NotFoundError("abroad.case_not_found", $"Abroad case {Id} was not found.");

/// <summary>The caller's role or organization does not act at this step (the step's actor, seed 003).</summary>
public sealed record AbroadStepNotPermitted(string Action)
    : RuleViolation("abroad.step_not_permitted", $"You may not {Action} at this step of the case.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal) { ["action"] = Action };
}

/// <summary>The client completed a step that is not the current one (a double submit, or a stale page).</summary>
public sealed record AbroadStepNotCurrent(int Given, int Current)
    : ConflictError("abroad.step_not_current", string.Create(CultureInfo.InvariantCulture, $"Step {Given} is not the current step ({Current})."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["given"] = Given.ToString(CultureInfo.InvariantCulture), ["current"] = Current.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>The case is contracted or refused: nothing more is recorded on it.</summary>
public sealed record AbroadCaseClosed() : ConflictError("abroad.case_closed", "The case is closed.");

/// <summary>Someone changed the case since the caller read it (ETag / If-Match).</summary>
public sealed record AbroadChangedMeanwhile(int Current)
    : ConflictError("abroad.changed_meanwhile", string.Create(CultureInfo.InvariantCulture, $"The case was changed meanwhile (now version {Current}); reload it."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = Current.ToString(CultureInfo.InvariantCulture) };
}

public sealed record AbroadOfferNotFound(Guid Id) : NotFoundError("abroad.offer_not_found", $"Offer {Id} was not found on this case.");

public sealed record AbroadSessionNotFound(Guid Id) : NotFoundError("abroad.session_not_found", $"Session {Id} was not found.");

/// <summary>Only an answered offer (a program and a price) can be selected.</summary>
public sealed record AbroadOfferNotAnswered() : RuleViolation("abroad.offer_not_answered", "Only an offer with a program and a price can be selected.");

/// <summary>Seed 003: the commission selects the clinic «согласованной с пациентом».</summary>
public sealed record AbroadPatientAgreementRequired()
    : RuleViolation("abroad.patient_agreement_required", "The selection must be agreed with the patient.");
