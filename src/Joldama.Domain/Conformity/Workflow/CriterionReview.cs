using Joldama.Domain.Shared;

namespace Joldama.Domain.Conformity.Workflow;

/// <summary>
/// The inspector's decision on one criterion (seed 001 §26.1, App. 3): the machine's finding confirmed, or
/// overridden with a written justification. App. 3's «сәйкессіздікті негіздемелеу» column is the justification of
/// a criterion not met: when the inspector confirms the machine's "not met", the machine's reason stands as it.
/// </summary>
public sealed record CriterionReview(bool Met, bool Overrides, string? Justification)
{
    /// <summary>Shorter is not a justification a reviewer can act on.</summary>
    public const int MinJustificationLength = 10;

    public static Result<CriterionReview> Decide(int criterion, bool machineMet, bool met, string? justification)
    {
        var text = string.IsNullOrWhiteSpace(justification) ? null : justification.Trim();
        var overrides = met != machineMet;
        if (overrides && (text is null || text.Length < MinJustificationLength))
        {
            return new JustificationRequired(criterion);
        }

        return new CriterionReview(met, overrides, text);
    }
}
