using Joldama.Domain.Shared;

namespace Joldama.Domain.Abroad;

/// <summary>
/// The facts of an application for treatment abroad that eligibility depends on.
/// <see cref="IndicationId"/>: the disease of the list (null: none).
/// </summary>
public sealed record AbroadApplicant(AbroadCategory Category, int AgeYears, string? IndicationId)
{
    /// <summary>For a child without a listed disease: a medical conclusion states indications («при наличии показаний»).</summary>
    public bool IndicationsConfirmed { get; init; }

    /// <summary>Injured on duty: an instruction of the President or the Prime Minister («по поручению»).</summary>
    public bool ExceptionalInstruction { get; init; }

    /// <summary>Every permitted method of diagnosis and treatment in Kazakhstan was used without positive effect.</summary>
    public bool KazakhstanMethodsExhausted { get; init; }

    /// <summary>The patient went abroad and was treated on their own («өз бетінше»).</summary>
    public bool SelfArranged { get; init; }

    /// <summary>A priority group of seed 004.</summary>
    public bool Pregnant { get; init; }

    /// <summary>The transplant needed is an autologous or related bone-marrow transplant (excluded, seed 003).</summary>
    public bool AutologousOrRelatedBoneMarrow { get; init; }
}

/// <summary>Eligible: on what basis, where in the seeds, the priority groups that apply, and notes on doubtful rows.</summary>
public sealed record AbroadEligibilityDecision(
    AbroadEligibilityBasis Basis,
    AbroadCategory Category,
    AbroadIndication? Indication,
    SeedQuote Source,
    IReadOnlyList<AbroadPriorityGroup> Priorities,
    IReadOnlyList<string> Notes);

/// <summary>Whether the state sends an applicant abroad at budget expense (README.md: the rules and the readings).</summary>
public static class AbroadEligibility
{
    /// <summary>Beyond any human's age: a typing error, not an applicant.</summary>
    public const int MaxAge = 130;

    public static Result<AbroadEligibilityDecision> Check(AbroadLaw law, AbroadApplicant applicant)
    {
        ArgumentNullException.ThrowIfNull(law);
        ArgumentNullException.ThrowIfNull(applicant);
        if (applicant.AgeYears is < 0 or > MaxAge)
        {
            return new AbroadAgeInvalid(applicant.AgeYears);
        }

        if (applicant.SelfArranged)
        {
            return new AbroadSelfArranged(Place(law.Exclusion(AbroadExclusion.SelfArranged).Source));
        }

        AbroadIndication? indication = null;
        if (applicant.IndicationId is { } id)
        {
            indication = law.Indication(id);
            if (indication is null)
            {
                return new AbroadIndicationUnknown(id);
            }

            if (indication.Transplantation && applicant.AutologousOrRelatedBoneMarrow)
            {
                return new AbroadTransplantExcluded(Place(law.Exclusion(AbroadExclusion.AutologousOrRelatedBoneMarrow).Source));
            }
        }

        var child = law.Category(AbroadCategory.Child);
        var isChild = applicant.AgeYears >= (child.AgeFrom ?? 0) && applicant.AgeYears < (child.AgeBelow ?? int.MaxValue);
        var basis = BasisOf(law, applicant, indication, isChild);
        if (basis.IsError)
        {
            return basis.Error;
        }

        var priorities = new List<AbroadPriorityGroup>();
        if (isChild)
        {
            priorities.Add(AbroadPriorityGroup.Children);
        }

        if (applicant.Pregnant)
        {
            priorities.Add(AbroadPriorityGroup.PregnantWomen);
        }

        if (indication?.Transplantation == true)
        {
            priorities.Add(AbroadPriorityGroup.Transplantation);
        }

        if (applicant.Category == AbroadCategory.InjuredOnDuty)
        {
            priorities.Add(AbroadPriorityGroup.InjuredOnDuty);
        }

        var notes = new List<string>();
        if (indication is { InOneSeedOnly: true, Note: { } note })
        {
            notes.Add(note);
        }

        return new AbroadEligibilityDecision(basis.Value.Basis, applicant.Category, indication, basis.Value.Source, priorities, notes);
    }

    private static Result<(AbroadEligibilityBasis Basis, SeedQuote Source)> BasisOf(AbroadLaw law, AbroadApplicant applicant, AbroadIndication? indication, bool isChild)
    {
        switch (applicant.Category)
        {
            case AbroadCategory.Citizen:
                return indication is null
                    ? new AbroadIndicationRequired(Place(law.Basis))
                    : (AbroadEligibilityBasis.ListedDisease, (indication.Seed003 ?? indication.Seed004)!.Source);
            case AbroadCategory.Child:
                var rule = law.Category(AbroadCategory.Child);
                if (!isChild)
                {
                    return new AbroadChildTooOld(applicant.AgeYears, rule.AgeBelow ?? 0);
                }

                return indication is null && !applicant.IndicationsConfirmed
                    ? new AbroadIndicationRequired(Place(rule.Source))
                    : (AbroadEligibilityBasis.ChildWithIndications, rule.Source);
            case AbroadCategory.InjuredOnDuty:
                var injured = law.Category(AbroadCategory.InjuredOnDuty);
                if (!applicant.ExceptionalInstruction)
                {
                    return new AbroadInstructionRequired(Place(injured.Source));
                }

                return applicant.KazakhstanMethodsExhausted
                    ? (AbroadEligibilityBasis.InjuredOnDuty, injured.Source)
                    : new AbroadMethodsNotExhausted(Place(injured.Source));
            default:
                throw new ArgumentOutOfRangeException(nameof(applicant), applicant.Category, "Unknown category.");
        }
    }

    private static string Place(SeedQuote source) => source.Reference.ToString();
}
