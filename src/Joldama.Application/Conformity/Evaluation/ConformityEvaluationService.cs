using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using Joldama.Domain.Shared;

namespace Joldama.Application.Conformity.Evaluation;

/// <summary>
/// Reads a provider's resources against the characteristics of Appendix 2 (seed 001 §25–26) with the footnotes of
/// the loaded catalog. Stateless over an immutable catalog: one instance serves every caller.
/// </summary>
public sealed class ConformityEvaluationService(HtmcCatalog catalog)
{
    /// <summary>Parses and evaluates; an invalid request gives <see cref="EvaluationRequestInvalid"/> with every problem.</summary>
    /// <param name="today">The date used when the request names none (today in Kazakhstan).</param>
    public Result<EvaluationResult> Evaluate(EvaluationRequest? request, DateOnly today) =>
        EvaluationRequestParser.Parse(request, catalog, today).Map(Evaluate);

    /// <summary>Evaluates a request already parsed.</summary>
    public EvaluationResult Evaluate(EvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var codes = input.Characteristics
            .Select(c => CodeEvaluation.From(c, ConformityEvaluator.Evaluate(c, input.Resources, input.On, catalog.Footnotes)))
            .ToArray();
        return new EvaluationResult(input.On, codes.All(c => c.Conforms), codes);
    }
}
