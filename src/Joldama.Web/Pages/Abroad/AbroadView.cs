using System.Globalization;
using Joldama.Application.Abroad;
using Joldama.Application.Localization;
using Joldama.Application.Patients;
using Joldama.Application.Referrals;
using Joldama.Application.Shared;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;
using Joldama.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Abroad;

/// <summary>
/// What the treatment-abroad pages (order No. 544, seeds 003 and 004) say in the user's language: the scheme's steps
/// (their own bilingual text), parties, statuses, categories, requirements and documents, and errors as a form shows them.
/// </summary>
public static class AbroadView
{
    /// <summary>The file kinds an upload form offers, in the order of the steps that send them.</summary>
    public static IReadOnlyList<AbroadDocument> FileKinds { get; } = [.. AbroadStepRules.FileDocuments.Order()];

    public static string Value<T>(T value)
        where T : struct, Enum => InputEnums.Kebab(value);

    /// <summary>A step's words from the scheme (seed 003), in the page's language.</summary>
    public static string StepText(AbroadStep? step) => step is null ? "—" : step.Does.In(Languages.Current);

    public static string StatusName(this IStringLocalizer text, AbroadCaseStatus status) => text[$"abroad.status.{status}"];

    public static string ActorName(this IStringLocalizer text, AbroadActor actor) => text[$"abroad.actor.{actor}"];

    public static string CategoryName(this IStringLocalizer text, AbroadCategory category) => text[$"abroad.category.{category}"];

    public static string BasisName(this IStringLocalizer text, AbroadEligibilityBasis basis) => text[$"abroad.basis.{basis}"];

    public static string PriorityName(this IStringLocalizer text, string priority) => text[$"abroad.priority.{priority}"];

    public static string FactName(this IStringLocalizer text, string fact) => text[$"abroad.fact.{fact}"];

    public static string RequirementName(this IStringLocalizer text, AbroadRequirement requirement) => text[$"abroad.requirement.{Value(requirement)}"];

    public static string DocumentName(this IStringLocalizer text, AbroadDocument document) => text[$"abroad.document.{Value(document)}"];

    public static string SessionKindName(this IStringLocalizer text, CommissionSessionKind kind) => text[$"abroad.session.kind.{kind}"];

    /// <summary>The disease of the list by its name in the page's language, marked when that language's seed lacks the row.</summary>
    public static string IndicationName(this IStringLocalizer text, AbroadIndication? indication)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (indication is null)
        {
            return "—";
        }

        var name = indication.Name.In(Languages.Current);
        return indication.Name.Unofficial == Languages.Current ? name + " " + text["abroad.indication.unofficial"] : name;
    }

    /// <summary>The note of a row that only one seed lists, in the page's language (null for the others).</summary>
    public static string? IndicationNote(this IStringLocalizer text, AbroadIndication? indication) =>
        indication is { InOneSeedOnly: true } && text[$"abroad.indication.note.{indication.Id}"] is { ResourceNotFound: false } note ? note.Value : null;

    /// <summary>The running step's due date with "due today" or "overdue" marks (as the referral pages).</summary>
    public static string Due(this IStringLocalizer text, DateOnly? dueOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (dueOn is not { } due)
        {
            return "—";
        }

        var state = ReferralDeadlines.StateOn(due, today);
        return state switch
        {
            DueState.Overdue => text["referrals.overdue", Date(due)],
            DueState.DueToday => text["referrals.dueToday"],
            _ => text["referrals.dueOn", Date(due)],
        };
    }

    public static bool Overdue(DateOnly? dueOn, DateOnly today) => dueOn is { } due && ReferralDeadlines.StateOn(due, today) == DueState.Overdue;

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";

    public static string Money(decimal? amount, string? currency) =>
        amount is { } a ? a.ToString("#,0.00", CultureInfo.InvariantCulture).Replace(",", "\u00a0", StringComparison.Ordinal) + " " + currency : "—";

    /// <summary>The abroad start page of a role (the navigation's link), or null when it has none.</summary>
    public static string? Start(AccessScope? scope) => scope?.Can(Permission.ViewAbroadCases) == true ? "/abroad" : null;

    /// <summary>What the step still lacks, each requirement by name and the missing files by theirs.</summary>
    public static IReadOnlyList<string> MissingTexts(this IStringLocalizer text, AbroadStepIncomplete? missing)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (missing is null)
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var requirement in missing.Missing)
        {
            lines.Add(requirement == AbroadRequirement.Documents && missing.MissingDocuments.Count > 0
                ? text.RequirementName(requirement) + ": " + string.Join("; ", missing.MissingDocuments.Select(text.DocumentName))
                : text.RequirementName(requirement));
        }

        return lines;
    }

    /// <summary>
    /// An error of an abroad form in the user's language: an input's own text (<c>abroad.invalid.{field}</c>), what the
    /// step lacks by name; else the error's text (<c>error.{code}</c>).
    /// </summary>
    public static string DescribeAbroad(this IStringLocalizer text, Error error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            InputInvalid invalid when text[$"abroad.invalid.{invalid.Field}"] is { ResourceNotFound: false } specific => specific.Value,
            AbroadStepIncomplete incomplete => text.Describe("error." + error.Code, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["step"] = incomplete.Step.ToString(CultureInfo.InvariantCulture), ["missing"] = string.Join("; ", text.MissingTexts(incomplete)),
            }, error.Message),
            AbroadStepNotPermitted => text["error.abroad.step_not_permitted"],
            _ => text.Describe(error),
        };
    }

    /// <summary>Which input of an abroad form an error concerns, to mark it (null when none in particular).</summary>
    public static string? FieldOf(Error error) => error switch
    {
        InputInvalid invalid => invalid.Field,
        PatientNotFound or PatientNotAttached => "iin",
        _ when error.Code.StartsWith("identifier.", StringComparison.Ordinal) => "iin",
        AbroadOfferNotFound or AbroadOfferNotAnswered => "offerId",
        AbroadPatientAgreementRequired => "patientAgreed",
        SessionInPast or SessionNotWorkingDay or SessionMonthTaken => "date",
        SessionReasonRequired => "reason",
        EmptyFile or FileTooLarge => "upload",
        _ when error.Code is "abroad.indication_unknown" or "abroad.indication_required" => "indicationId",
        _ when error.Code is "abroad.child_too_old" => "category",
        _ when error.Code is "abroad.self_arranged" => "selfArranged",
        _ when error.Code is "abroad.instruction_required" => "exceptionalInstruction",
        _ when error.Code is "abroad.methods_not_exhausted" => "kazakhstanMethodsExhausted",
        _ when error.Code is "abroad.transplant_excluded" => "autologousOrRelatedBoneMarrow",
        _ => null,
    };
}
