using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity;

/// <summary>
/// Evaluates a provider against the characteristic of an HTMC type (seed 001 §22–30, Appendix 2). A pure function:
/// the evaluation date is a parameter, there is no clock.
/// </summary>
public static class ConformityEvaluator
{
    /// <summary>
    /// One finding per staff requirement, per device requirement and per criterion of each footnote the
    /// characteristic refers to (by id, among <paramref name="footnotes"/>), in that order; every finding is kept.
    /// </summary>
    public static ConformityReport Evaluate(
        Characteristic characteristic,
        ProviderResources resources,
        DateOnly on,
        IReadOnlyList<CharacteristicFootnote> footnotes)
    {
        ArgumentNullException.ThrowIfNull(characteristic);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(footnotes);

        var findings = new List<CriterionFinding>();
        findings.AddRange(characteristic.Staff.Select(s => StaffCheck.Evaluate(s, resources.Specialists, on)));
        findings.AddRange(characteristic.Devices.Select(d => DeviceCheck.Evaluate(d, resources.Devices, on)));
        foreach (var id in characteristic.Footnotes)
        {
            var footnote = footnotes.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
            if (footnote is null)
            {
                continue;
            }

            findings.AddRange(footnote.Criteria.Select(c => FootnoteCheck.Evaluate(footnote, c, resources.Organization)));
        }

        return new ConformityReport(characteristic.Code, on, findings);
    }
}
