using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Conformity.Workflow;

/// <summary>§23: a regular application (or a first-time one for next year, §24 ¶2) outside 15 September–15 October.</summary>
public sealed record FilingWindowClosed(int ForYear, DateOnly Opens, DateOnly Closes)
    : RuleViolation("conformity.window_closed", string.Create(CultureInfo.InvariantCulture, $"Applications for {ForYear} are accepted from {Opens:yyyy-MM-dd} to {Closes:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ErrorArgs.Of(("year", ErrorArgs.Text(ForYear)), ("opens", ErrorArgs.Text(Opens)), ("closes", ErrorArgs.Text(Closes)));
}

/// <summary>§23–24: a conclusion is applied for the next year, or by a first-time applicant for the current one.</summary>
public sealed record FilingYearNotAllowed(int ForYear, int FiledInYear, bool FirstTime)
    : RuleViolation("conformity.year_not_allowed", string.Create(CultureInfo.InvariantCulture, $"An application filed in {FiledInYear} cannot be for {ForYear}: only {FiledInYear + 1}{(FirstTime ? $" or, the first time, {FiledInYear}" : string.Empty)}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ErrorArgs.Of(("year", ErrorArgs.Text(ForYear)), ("nextYear", ErrorArgs.Text(FiledInYear + 1)));
}

/// <summary>The inspector's decision differs from the machine's finding without a written justification.</summary>
/// <param name="Criterion">The criterion's index (from 0); messages number criteria from 1, as people do.</param>
public sealed record JustificationRequired(int Criterion)
    : ValidationError("conformity.justification_required", string.Create(CultureInfo.InvariantCulture, $"Criterion {Criterion + 1}: a decision that overrides the machine's finding needs a written justification of at least {CriterionReview.MinJustificationLength} characters."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ErrorArgs.Of(("criterion", ErrorArgs.Text(Criterion + 1)), ("min", ErrorArgs.Text(CriterionReview.MinJustificationLength)));
}

/// <summary>The step is not possible in the application's current state.</summary>
public sealed record ApplicationStateConflict(ApplicationStatus Status, string Step)
    : ConflictError("conformity.wrong_state", $"The application is {Status}; '{Step}' is not possible now.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ErrorArgs.Of(("status", Status.ToString()), ("step", Step));
}

/// <summary>The head signs only when the inspector has decided every criterion.</summary>
public sealed record CriteriaUndecided(int Count)
    : ConflictError("conformity.criteria_undecided", string.Create(CultureInfo.InvariantCulture, $"{Count} criteria are not decided yet."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ErrorArgs.Of(("count", ErrorArgs.Text(Count)));
}

/// <summary>Error arguments are invariant text, so a localized message formats them itself.</summary>
internal static class ErrorArgs
{
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> Of(params (string Key, string Value)[] args) =>
        args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
