using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding.Rules;

/// <summary>What a rule sees: the case, the list rows for its code in force that day, and the provisions it may cite.</summary>
public sealed record FundingContext(FundingCase Case, IReadOnlyList<ListEntry> Rows, Provisions Provisions)
{
    public ListEntry? RowOn(int table) => Rows.FirstOrDefault(r => r.List.Table == table);

    public FundingDecision Decide(string ruleId, FundingOutcome outcome, FundingStream stream, BilingualText explanation, params LegalBasis[] basis) =>
        new(Case, outcome, stream, ruleId, basis, Rows, explanation);
}
