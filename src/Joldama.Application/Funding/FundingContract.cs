using Joldama.Application.Catalog;
using Joldama.Domain.Funding;

namespace Joldama.Application.Funding;

#pragma warning disable SA1402

public sealed record BasisJson(string Act, string ActNumber, TextJson Place, SourceJson? Source);

/// <summary>The JSON of a funding decision, shared by the API and `joldama funding`.</summary>
public sealed record FundingDecisionJson(
    string Code, string Form, bool Insured, DateOnly Date, string Outcome, string? Stream, string Rule,
    TextJson Explanation, IReadOnlyList<BasisJson> Basis, IReadOnlyList<ListRowJson> ListRows)
{
    public static FundingDecisionJson From(FundingDecision d) => new(
        d.Case.Code.Value, d.Case.Form.ToString().ToLowerInvariant(), d.Case.Insured, d.Case.Date,
        d.Outcome.ToString().ToLowerInvariant(), d.Stream?.ToString().ToLowerInvariant(), d.RuleId, TextJson.From(d.Explanation),
        d.Basis.Select(b => new BasisJson(b.ActId, b.ActNumber, TextJson.From(b.Place), b.Source is null ? null : SourceJson.From(b.Source))).ToArray(),
        d.ListRows.Select(ListRowJson.From).ToArray());
}
