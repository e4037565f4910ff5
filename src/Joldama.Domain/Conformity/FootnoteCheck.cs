using System.Globalization;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity;

/// <summary>
/// One numeric criterion of a footnote of seed 001 Appendix 2, e.g. the IVF footnote (*): "years-in-ivf" ≥ 3,
/// "cycles-per-year" ≥ 300, "pregnancy-rate" ≥ 33 %, "birth-rate" ≥ 25 %. Met when the provider's figure is at
/// least the minimum; not met when the figure is missing or the criterion kind is unknown.
/// </summary>
internal static class FootnoteCheck
{
    public static CriterionFinding Evaluate(CharacteristicFootnote footnote, FootnoteCriterion criterion, OrganizationFacts? facts)
    {
        var value = facts is null ? null : Value(criterion.Kind, facts);
        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["footnote"] = footnote.Id,
            ["criterion"] = criterion.Kind,
            ["min"] = Num(criterion.Min),
            ["unit"] = criterion.Unit,
            ["value"] = value is { } v ? Num(v) : string.Empty,
        };
        var needs = $"footnote '{footnote.Id}' needs {criterion.Kind} of at least {Num(criterion.Min)} {criterion.Unit}";
        var (met, reason) = (facts, value) switch
        {
            (null, _) => (false, $"{needs}; no organization figures given"),
            (_, null) => (false, $"{needs}; criterion kind is unknown"),
            (_, { } has) => (has >= criterion.Min, $"{needs}; has {Num(has)}"),
        };
        return new CriterionFinding(CriterionKind.Footnote, "conformity.footnote", met, reason, args);
    }

    private static decimal? Value(string kind, OrganizationFacts facts) => kind switch
    {
        "years-in-ivf" => facts.YearsInIvf,
        "cycles-per-year" => facts.CyclesPerYear,
        "pregnancy-rate" => facts.PregnancyRatePercent,
        "birth-rate" => facts.BirthRatePercent,
        _ => null,
    };

    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
