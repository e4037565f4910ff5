using Joldama.Application.Catalog;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;

namespace Joldama.Application.Conformity.Evaluation;

// The JSON of an evaluation, shared by `joldama conformity evaluate --json` and (later) the API
// (docs/conformity-evaluate.md). Every finding is kept, met or not: the inspector confirms or
// overrides each one (seed 001 §26 1)).
#pragma warning disable SA1402

/// <summary>A provider read against the characteristics of Appendix 2 (seed 001) on one date.</summary>
/// <param name="On">The evaluation date.</param>
/// <param name="Conforms">True when every evaluated characteristic conforms.</param>
/// <param name="Codes">One entry per characteristic evaluated, in the order asked (all in force: by Appendix 2 item).</param>
public sealed record EvaluationResult(DateOnly On, bool Conforms, IReadOnlyList<CodeEvaluation> Codes);

/// <summary>The provider against the characteristic of one code.</summary>
/// <param name="Code">The HTMC code, as printed (e.g. "35.05").</param>
/// <param name="Item">The item of Appendix 2 (1–78) the characteristic is.</param>
/// <param name="Name">The name in Appendix 2 (kk official, ru our unofficial translation: <c>unofficial: "ru"</c>).</param>
/// <param name="Conforms">True when every finding is met.</param>
/// <param name="Findings">One per staff requirement, per device requirement, per footnote criterion, in that order.</param>
public sealed record CodeEvaluation(string Code, int Item, TextJson Name, bool Conforms, IReadOnlyList<FindingResult> Findings)
{
    public static CodeEvaluation From(Characteristic characteristic, ConformityReport report) => new(
        report.Code.Value,
        characteristic.Item,
        TextJson.From(characteristic.Name),
        report.Conforms,
        report.Findings.Select(FindingResult.From).ToArray());
}

/// <summary>One criterion, met or not.</summary>
/// <param name="Kind"><c>staff</c>, <c>device</c> or <c>footnote</c>.</param>
/// <param name="Code">Stable key for localized texts: <c>conformity.staff</c>, <c>conformity.device</c>, <c>conformity.footnote</c>.</param>
/// <param name="Reason">English, exact: what was asked and what was found, naming the people and devices counted or not.</param>
/// <param name="Args">The figures and names of <paramref name="Reason"/>, for localized texts (see the domain's StaffCheck, DeviceCheck, FootnoteCheck).</param>
public sealed record FindingResult(string Kind, string Code, bool Met, string Reason, IReadOnlyDictionary<string, string> Args)
{
    public static FindingResult From(CriterionFinding finding) =>
        new(finding.Kind.ToString().ToLowerInvariant(), finding.Code, finding.Met, finding.Reason, finding.Args);
}
