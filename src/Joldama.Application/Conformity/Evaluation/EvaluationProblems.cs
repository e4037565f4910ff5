using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Application.Conformity.Evaluation;

#pragma warning disable SA1402

/// <summary>One problem of an evaluation request: where it is (a JSON path such as <c>specialists[0].certificates[1].validTo</c>) and what.</summary>
/// <param name="Error">Its <see cref="Error.Code"/> is stable: <c>input.invalid</c>, <c>catalog.code_malformed</c>, <c>catalog.code_unknown</c>, <c>conformity.code_without_characteristic</c>.</param>
public sealed record EvaluationProblem(string Path, Error Error);

/// <summary>The request was refused: every problem found, not just the first (STYLE §7.7).</summary>
public sealed record EvaluationRequestInvalid(IReadOnlyList<EvaluationProblem> Problems)
    : ValidationError("conformity.request_invalid", $"The evaluation request has {Problems.Count} problem(s); nothing was evaluated.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["count"] = Problems.Count.ToString(CultureInfo.InvariantCulture) };
}
