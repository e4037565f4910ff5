namespace Joldama.Domain.Conformity;

/// <summary>
/// The outcome of one criterion of a characteristic (seed 001, Appendix 2): met or not, with an English
/// <paramref name="Reason"/> for logs and reviewers and <paramref name="Args"/> for localized texts.
/// </summary>
/// <param name="Code">Stable: "conformity.staff", "conformity.device" or "conformity.footnote".</param>
public sealed record CriterionFinding(
    CriterionKind Kind,
    string Code,
    bool Met,
    string Reason,
    IReadOnlyDictionary<string, string> Args)
{
    /// <summary>The details behind the finding (who was not counted and why, devices out of order).</summary>
    public IReadOnlyList<FindingNote> Notes { get; init; } = [];
}
