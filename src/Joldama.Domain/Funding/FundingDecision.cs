using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding;

/// <summary>
/// The answer to a <see cref="FundingCase"/>: the outcome, the stream that pays (null when the code
/// is not HTMC), the rule that decided it, the provisions it rests on, every list row the code
/// stands on that day, and the reasoning in plain Kazakh and Russian.
/// </summary>
public sealed record FundingDecision(
    FundingCase Case,
    FundingOutcome Outcome,
    FundingStream? Stream,
    string RuleId,
    IReadOnlyList<LegalBasis> Basis,
    IReadOnlyList<ListEntry> ListRows,
    BilingualText Explanation);
