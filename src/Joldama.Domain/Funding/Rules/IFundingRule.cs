namespace Joldama.Domain.Funding.Rules;

/// <summary>
/// One rule of funding. A rule looks at the case and the list rows in force for its code, and
/// either decides (returns a decision) or passes (null). <see cref="FundingDecider"/> asks the
/// rules in a fixed, documented order; the first that decides wins.
/// </summary>
public interface IFundingRule
{
    string Id { get; }

    FundingDecision? Evaluate(FundingContext context);
}
