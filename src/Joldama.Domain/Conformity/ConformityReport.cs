using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity;

/// <summary>
/// Every finding of one evaluation of a provider against a characteristic (seed 001 §22–30, Appendix 2):
/// met and unmet alike, never just the first failure (STYLE §7.7).
/// </summary>
public sealed record ConformityReport(HtmcCode Code, DateOnly On, IReadOnlyList<CriterionFinding> Findings)
{
    /// <summary>True when every criterion is met.</summary>
    public bool Conforms => Findings.All(f => f.Met);

    /// <summary>The criteria not met, in the order of the characteristic.</summary>
    public IReadOnlyList<CriterionFinding> Failures => [.. Findings.Where(f => !f.Met)];
}
