using System.Globalization;
using System.Text.RegularExpressions;
using Joldama.Application.Conformity;
using Joldama.Application.Localization;
using Joldama.Application.Shared;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Conformity;

/// <summary>
/// What the conformity pages (seed 001 §22–30) say in the user's language: states, kinds, reasons, deadlines and
/// dates, and errors as a form shows them (next to the field they concern, without the API's English field names).
/// </summary>
public static partial class ConformityView
{
    /// <summary>The conformity page a role starts from (the navigation's one link), or null when it has none.</summary>
    public static string? Start(AccessScope? scope) =>
        scope is null ? null
        : scope.Can(Permission.ViewConformityApplications) ? "/conformity/applications"
        : scope.Can(Permission.ViewConclusions) ? "/conformity/conclusions"
        : scope.Can(Permission.ViewProviderResources) ? "/conformity/resources"
        : scope.Can(Permission.ViewConformityRegister) ? "/conformity/register"
        : null;

    /// <summary>Every specialty Appendix 2 names, in the page's language: what a certificate's specialty is picked from.</summary>
    public static IReadOnlyList<string> Specialties(HtmcCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var language = Localization.Languages.Current;
        return [.. catalog.Characteristics.SelectMany(c => c.Staff).SelectMany(s => s.Specialties).Select(s => s.In(language).Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))];
    }

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Moment(DateTimeOffset? at) =>
        at is { } value ? KazakhstanTime.ToKazakhstanTime(value).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string StatusName(this IStringLocalizer text, ApplicationStatus status) => text[$"conformity.status.{status}"];

    public static string KindName(this IStringLocalizer text, ApplicationKind kind) => text[$"conformity.kind.{kind}"];

    public static string ConclusionStatusName(this IStringLocalizer text, ConclusionStatus status) => text[$"conformity.conclusionStatus.{status}"];

    public static string ReasonName(this IStringLocalizer text, ReissueReason reason) => text[$"conformity.reason.{reason}"];

    /// <summary>What changed, for an alert: a specialist left, a device is out of order, written off, changed.</summary>
    public static string TriggerName(this IStringLocalizer text, string trigger) =>
        text[$"conformity.trigger.{trigger}"] is { ResourceNotFound: false } name ? name.Value : trigger;

    public static string Result(this IStringLocalizer text, bool positive) => text[positive ? "conformity.positive" : "conformity.negative"];

    /// <summary>Days left to the §26.1 deadline, due today, or overdue; nothing once the application is closed.</summary>
    public static string Deadline(this IStringLocalizer text, ConformityApplicationRecord application, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Status is not (ApplicationStatus.UnderReview or ApplicationStatus.AwaitingSignature))
        {
            return string.Empty;
        }

        var left = application.ReviewDueOn.DayNumber - today.DayNumber;
        return left switch
        {
            0 => text["conformity.dueToday"],
            < 0 => text["conformity.overdue", -left],
            _ => text["conformity.daysLeft", left],
        };
    }

    /// <summary>The CSS class of a deadline: due today or overdue are highlighted.</summary>
    public static string? DeadlineClass(ConformityApplicationRecord application, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.Status is not (ApplicationStatus.UnderReview or ApplicationStatus.AwaitingSignature))
        {
            return null;
        }

        return application.ReviewDueOn < today ? "overdue" : application.ReviewDueOn == today ? "due-today" : null;
    }

    /// <summary>
    /// An error of a conformity form in the user's language: an input's own text (<c>conformity.invalid.{field}</c>, the row
    /// number for repeatable rows), states and kinds by their names, dates as the page writes them; else the error's text.
    /// </summary>
    public static string DescribeConformity(this IStringLocalizer text, Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        switch (error)
        {
            case InputInvalid invalid when FieldKey(invalid.Field) is var (field, row)
                && text[$"conformity.invalid.{field}"] is { ResourceNotFound: false }:
                return text.Describe($"conformity.invalid.{field}", Args(("row", row.ToString(CultureInfo.InvariantCulture))), error.Message);
            case ApplicationStateConflict conflict:
                return text.Describe("error." + error.Code, Args(("status", text.StatusName(conflict.Status)), ("step", conflict.Step)), error.Message);
            case ResourceNotAvailable unavailable:
                return text.Describe("error." + error.Code, Args(("kind", text[$"conformity.resourceKind.{unavailable.Kind}"].Value), ("id", unavailable.Id.ToString())), error.Message);
            case ApplicationCodesInvalid codes:
                return text.Describe("error." + error.Code, Args(("problem", text[codes.Problem == "no code" ? "conformity.codesProblem.none" : "conformity.codesProblem.twice"].Value)), error.Message);
            case FilingWindowClosed closed:
                return text.Describe("error." + error.Code, Args(("year", closed.ForYear.ToString(CultureInfo.InvariantCulture)), ("opens", Date(closed.Opens)), ("closes", Date(closed.Closes))), error.Message);
            case CodeWithoutCharacteristic missing:
                return text.Describe("error." + error.Code, Args(("code", missing.Code), ("date", Date(missing.On))), error.Message);
            default:
                return text.Describe(error);
        }
    }

    /// <summary>The input an error concerns, as the form names it (e.g. <c>certificates[0].validTo</c>), or null.</summary>
    public static string? FieldOf(Error error) => error switch
    {
        InputInvalid invalid => invalid.Field,
        _ when error.Code.StartsWith("identifier.", StringComparison.Ordinal) => "iin",
        DeviceTypeUnknown => "typeName",
        SpecialistDuplicate => "iin",
        NewCodeRequired or CodeWithoutCharacteristic => "code",
        JustificationRequired => "justification",
        _ => null,
    };

    /// <summary>"certificates[2].validTo" → ("certificates.validTo", 3); "fullName" → ("fullName", 0).</summary>
    private static (string Field, int Row) FieldKey(string field)
    {
        var match = RowIndex().Match(field);
        return match.Success
            ? (RowIndex().Replace(field, string.Empty), int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1)
            : (field, 0);
    }

    private static Dictionary<string, string> Args(params (string Key, string Value)[] args) =>
        args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.None, 1000)]
    private static partial Regex RowIndex();
}
