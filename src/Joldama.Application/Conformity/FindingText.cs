using System.Globalization;
using Joldama.Application.Localization;
using Joldama.Data.Conformity;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using Microsoft.Extensions.Localization;

namespace Joldama.Application.Conformity;

/// <summary>
/// A criterion of Appendix 2 and its finding in the reader's language (the current UI culture): what is asked, and
/// what the machine found. The requirement is read from the characteristic by the criterion's position, the
/// evaluator's order: staff, then devices, then footnote criteria.
/// </summary>
public static class FindingText
{
    public static string Criterion(IStringLocalizer text, Characteristic? characteristic, CriterionState criterion)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(criterion);
        var kazakh = Localization.UiLanguage.IsKazakh;
        string Pick(BilingualText t) => kazakh ? t.Kk : t.Ru;
        var staff = characteristic?.Staff.Count ?? 0;
        var devices = characteristic?.Devices.Count ?? 0;
        if (characteristic is not null && criterion.Kind == CriterionKind.Staff && criterion.Index < staff)
        {
            var r = characteristic.Staff[criterion.Index];
            return text.Describe("criterion.staff", Args(
                ("role", text[$"staff-role.{r.Role.ToString().ToLowerInvariant()}"].Value),
                ("count", Num(r.MinCount)),
                ("specialties", string.Join(kazakh ? " немесе " : " или ", r.Specialties.Select(s => $"«{Pick(s)}»")))), criterion.Reason);
        }

        if (characteristic is not null && criterion.Kind == CriterionKind.Device && criterion.Index - staff is var d && d >= 0 && d < devices)
        {
            var r = characteristic.Devices[d];
            return text.Describe("criterion.device", Args(("device", Pick(r.Name)), ("count", Num(r.MinCount))), criterion.Reason);
        }

        criterion.Args.TryGetValue("criterion", out var kind);
        return text.Describe($"criterion.footnote.{kind}", criterion.Args, criterion.Reason);
    }

    /// <summary>What the machine found, with who or what was not counted and why.</summary>
    public static string Finding(IStringLocalizer text, CriterionState criterion)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(criterion);
        var head = criterion.Kind switch
        {
            CriterionKind.Staff => text.Describe("finding.staff", Args(
                ("required", Arg(criterion, "required")), ("present", Arg(criterion, "present")),
                ("counted", Arg(criterion, "counted") is { Length: > 0 } c ? c : "—")), criterion.Reason),
            CriterionKind.Device => text.Describe("finding.device", criterion.Args, criterion.Reason),
            _ => text.Describe("finding.footnote", Args(("value", Arg(criterion, "value") is { Length: > 0 } v ? v : "—"), ("min", Arg(criterion, "min"))), criterion.Reason),
        };
        var notes = criterion.Notes.Select(n => text.Describe($"note.{n.Code}", n.Args, n.Code)
            + (n.Args.TryGetValue("over3Months", out var over) && over == "true" ? " " + text["note.device.over_3_months"].Value : string.Empty));
        return string.Join("; ", notes.Prepend(head));
    }

    private static string Arg(CriterionState criterion, string name) => criterion.Args.GetValueOrDefault(name) ?? string.Empty;

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Args(params (string Key, string Value)[] args) =>
        args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
