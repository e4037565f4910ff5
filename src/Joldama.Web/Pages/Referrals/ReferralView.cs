using System.Globalization;
using Joldama.Application.Localization;
using Joldama.Application.Patients;
using Joldama.Application.Referrals;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;
using Joldama.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Referrals;

/// <summary>
/// What the referral pages (seed 001 §31–42) say in the user's language: states, documents, grounds, channels,
/// deadline marks, and errors as a form shows them (next to the input they concern, without the API's field names).
/// </summary>
public static class ReferralView
{
    /// <summary>The referral page a role starts from (the navigation's one link), or null when it has none.</summary>
    public static string? Start(AccessScope? scope) =>
        scope is null ? null
        : scope.Can(Permission.PrepareReferrals) ? "/referrals"
        : scope.Can(Permission.DecideReferrals) ? "/referrals/queue"
        : scope.Can(Permission.HandleReferrals) ? "/referrals/incoming"
        : scope.Can(Permission.ViewRefusalJournal) ? "/referrals/refusals"
        : scope.Can(Permission.ViewOwnRecords) ? "/cabinet"
        : null;

    public static string StateName(this IStringLocalizer text, ReferralState state) => text[$"referrals.state.{state}"];

    public static string DocumentName(this IStringLocalizer text, PackageDocumentKind kind) => text[$"referrals.doc.{kind}"];

    public static string GroundName(this IStringLocalizer text, RejectionGround ground) => text[$"referral.ground.{ground}"];

    public static string ChannelName(this IStringLocalizer text, InformChannel channel) => text[$"referrals.channel.{channel}"];

    public static string ReasonName(this IStringLocalizer text, CancellationReason reason) => text[$"referrals.reason.{reason}"];

    public static string TriggerName(this IStringLocalizer text, ReferralTrigger trigger) => text[$"referrals.trigger.{trigger}"];

    /// <summary>The kebab-case value a form posts for an enum value ("no-show"), as the services read it.</summary>
    public static string Value<T>(T value)
        where T : struct, Enum => InputEnums.Kebab(value);

    /// <summary>The running deadline (§35.1, §38, §39): its last day, and "due today" or "overdue" when it is.</summary>
    public static string Due(this IStringLocalizer text, DateOnly? dueOn, DueState? state) => (dueOn, state) switch
    {
        (null, _) => string.Empty,
        (_, DueState.DueToday) => text["referrals.dueToday"],
        (_, DueState.Overdue) => text["referrals.overdue", ConformityDate(dueOn)],
        _ => text["referrals.dueOn", ConformityDate(dueOn)],
    };

    /// <summary>The CSS class of a deadline: due today or overdue are highlighted.</summary>
    public static string? DueClass(DueState? state) => state switch
    {
        DueState.Overdue => "overdue",
        DueState.DueToday => "due-today",
        _ => null,
    };

    public static DueState? DueStateOf(DateOnly? dueOn, DateOnly today) => dueOn is { } due ? ReferralDeadlines.StateOn(due, today) : null;

    /// <summary>
    /// An error of a referral form in the user's language: an input's own text (<c>referrals.invalid.{field}</c>), the
    /// missing documents by their names, the step by its name; else the error's text.
    /// </summary>
    public static string DescribeReferral(this IStringLocalizer text, Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            InputInvalid invalid when text[$"referrals.invalid.{invalid.Field}"] is { ResourceNotFound: false } specific => specific.Value,
            PackageIncomplete incomplete => text.Describe("error." + error.Code,
                new Dictionary<string, string> { ["missing"] = string.Join("; ", incomplete.Missing.Select(text.DocumentName)) }, error.Message),
            StepNotPermitted => text["referrals.stepNotPermitted"],
            _ => text.Describe(error),
        };
    }

    /// <summary>Which input of a referral form an error concerns, to mark it (null when none in particular).</summary>
    public static string? FieldOf(Error error) => error switch
    {
        InputInvalid invalid => invalid.Field,
        _ when error.Code.StartsWith("identifier.", StringComparison.Ordinal) => "iin",
        PhoneInvalid => "phone",
        EmailInvalid => "email",
        AttachmentNotPrimaryCare => "attachmentOrganizationId",
        CodeNotHtmc => "htmcCode",
        _ when error.Code.StartsWith("catalog.", StringComparison.Ordinal) => "htmcCode",
        StepValueRequired required => required.Code switch
        {
            "referral.co_signer_required" => "coSigner",
            "referral.protocol_required" => "protocolNumber",
            "referral.ground_required" => "ground",
            "referral.comment_required" => "comment",
            "referral.hospitalization_date_required" => "hospitalizationDate",
            "referral.carer_place_required" => "carerPlaceProvided",
            "referral.channel_required" => "channel",
            "referral.summary_required" => "dischargeSummary",
            "referral.follow_up_plan_required" => "followUpPlan",
            "referral.cancellation_reason_required" => "cancellationReason",
            _ => null,
        },
        HospitalizationDateInPast => "hospitalizationDate",
        _ => FollowUpForm.FieldOf(error),
    };

    /// <summary>Names of organizations in the page's language (not personal data: any role may read them).</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> OrganizationNamesAsync(JoldamaDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.Distinct().ToList();
        var kazakh = Languages.Current == Domain.Catalog.TextLanguage.Kk;
        return await db.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => kazakh ? o.NameKk : o.NameRu, cancellationToken);
    }

    /// <summary>A value a transition kept (kebab-case enum names, ISO dates), as the timeline shows it.</summary>
    public static string ValueText(this IStringLocalizer text, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return key switch
        {
            "ground" when InputEnums.Parse<RejectionGround>(value, key) is { IsError: false } g => text.GroundName(g.Value),
            "channel" when InputEnums.Parse<InformChannel>(value, key) is { IsError: false } ch => text.ChannelName(ch.Value),
            "cancellationReason" when InputEnums.Parse<CancellationReason>(value, key) is { IsError: false } r => text.ReasonName(r.Value),
            "hospitalizationDate" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => ConformityDate(d),
            "carerPlaceProvided" => text[value == "true" ? "referrals.yes" : "referrals.no"],
            _ => value,
        };
    }

    private static string ConformityDate(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";
}
