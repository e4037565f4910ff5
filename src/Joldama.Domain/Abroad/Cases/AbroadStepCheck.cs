using Joldama.Domain.Shared;

namespace Joldama.Domain.Abroad.Cases;

/// <summary>What is on a case when a step is to be completed (gathered from storage by the application).</summary>
public sealed record AbroadCaseFacts(IReadOnlySet<AbroadDocument> Documents, DateOnly Today)
{
    /// <summary>The chief specialist's verdict at the expediency step: true expedient, false not, null not given.</summary>
    public bool? Expedient { get; init; }

    public int ClinicRequests { get; init; }

    public int AnsweredOffers { get; init; }

    /// <summary>The date of the session the case is on the agenda of, if any.</summary>
    public DateOnly? SessionDate { get; init; }

    /// <summary>An offer is selected and the patient agreed to it.</summary>
    public bool SelectionAgreed { get; init; }

    /// <summary>Number, date, amount and currency of the contract are given.</summary>
    public bool ContractDetailsGiven { get; init; }

    /// <summary>Seed 004 lines 39-40: children and those who need care travel with an accompanying person.</summary>
    public bool AccompanyingPersonNeeded { get; init; }

    public bool AccompanyingPersonGiven { get; init; }
}

/// <summary>Completing the step either moves the case on or, with a negative expediency verdict, ends it refused.</summary>
public enum AbroadStepOutcome
{
    Advance,
    Refuse,
}

/// <summary>Whether a step may be completed now (<see cref="AbroadStepRules"/> says what it asks for).</summary>
public static class AbroadStepCheck
{
    public static Result<AbroadStepOutcome> Complete(AbroadLaw law, AbroadScheme scheme, AbroadStep step, AbroadCaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var missingDocuments = AbroadStepRules.DocumentsFor(law, scheme, step).Where(d => !facts.Documents.Contains(d)).ToList();
        var missing = new List<AbroadRequirement>();
        foreach (var requirement in AbroadStepRules.RequirementsOf(law, scheme, step))
        {
            var met = requirement switch
            {
                AbroadRequirement.Documents => missingDocuments.Count == 0,
                AbroadRequirement.ExpediencyVerdict => facts.Expedient is not null,
                AbroadRequirement.ClinicRequests => facts.ClinicRequests > 0,
                AbroadRequirement.Offers => facts.AnsweredOffers > 0,
                AbroadRequirement.SessionHeld => facts.SessionDate is { } date && date <= facts.Today,
                AbroadRequirement.Selection => facts.SelectionAgreed,
                AbroadRequirement.Contract => facts.ContractDetailsGiven && (!facts.AccompanyingPersonNeeded || facts.AccompanyingPersonGiven),
                _ => true,
            };
            if (!met)
            {
                missing.Add(requirement);
            }
        }

        if (missing.Count > 0)
        {
            return new AbroadStepIncomplete(step.Number, missing, missingDocuments);
        }

        return facts.Expedient == false && step.Documents.Contains(AbroadDocument.ExpediencyConclusion) ? AbroadStepOutcome.Refuse : AbroadStepOutcome.Advance;
    }
}
