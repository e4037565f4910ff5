using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Joldama.Application;
using Joldama.Domain.Catalog;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Shared;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests;

public sealed partial class ResourceTests
{
    /// <summary>
    /// Every error code Joldama can answer with: the domain's and the application's errors, and the codes
    /// the web host gives to problems it writes itself (FrameworkProblemLocalizer, UnknownLanguageMiddleware).
    /// A new error needs its code here and an error.{code} text in both .resx files.
    /// </summary>
    public static readonly string[] ErrorCodes =
    [
        "bin.bad_month", "bin.unknown_attribute", "bin.unknown_type",
        "calendar.day_duplicated", "calendar.day_field_missing", "calendar.day_outside_year", "calendar.kind_on_wrong_weekday",
        "calendar.kind_unknown", "calendar.sources_missing", "calendar.year_missing", "calendar.year_out_of_range",
        "catalog.code_malformed", "catalog.code_unknown", "catalog.query_empty", "catalog.query_too_long",
        "funding.no_list_in_force",
        "identifier.check_digit_mismatch", "identifier.empty", "identifier.not_digits", "identifier.prefix_never_issued", "identifier.wrong_length",
        "input.invalid",
        "internal", "language.unknown", "database.unavailable",
        "request.failed", "request.malformed", "request.method_not_allowed", "request.too_large", "request.unsupported_media_type",
        "route.not_found",
        "organization.not_found", "organization.region_unknown", "organization.duplicate", "import.rejected", "import.too_large",
        "auth.invalid_credentials", "auth.required", "access.denied", "auth.locked", "auth.code_invalid", "auth.code_too_soon", "auth.password_weak", "auth.throttled",
        "user.not_found", "user.login_taken", "user.role_not_for_organization",
        "conformity.window_closed", "conformity.year_not_allowed", "conformity.justification_required", "conformity.wrong_state",
        "conformity.criteria_undecided", "conformity.specialist_not_found", "conformity.device_not_found", "conformity.application_not_found",
        "conformity.conclusion_not_found", "conformity.alert_not_found", "conformity.code_without_characteristic", "conformity.not_first_time",
        "conformity.planned_volume_required", "conformity.codes_invalid", "conformity.resource_not_available", "conformity.device_type_unknown",
        "conformity.specialist_duplicate", "conformity.device_duplicate", "conformity.changed_meanwhile", "conformity.not_reissuable", "conformity.new_code_required",
        "conformity.signer_was_inspector", "conformity.request_invalid", "conformity.reissue_pending", "conformity.specialist_already_left",
        "referral.transition_not_allowed", "referral.actor_not_allowed", "referral.actor_required", "referral.co_signer_required",
        "referral.protocol_required", "referral.ground_required", "referral.comment_required", "referral.referral_number_required",
        "referral.hospitalization_date_required", "referral.carer_place_required", "referral.channel_required", "referral.summary_required",
        "referral.follow_up_plan_required", "referral.cancellation_reason_required", "referral.hospitalization_date_in_past", "referral.no_show_before_date",
        "referral.file_empty", "referral.file_too_large", "referral.file_type", "referral.package_incomplete", "referral.not_found",
        "referral.document_not_found", "referral.document_corrupted", "referral.changed_meanwhile", "referral.step_not_permitted", "referral.not_draft",
        "referral.provider_not_offered", "referral.provider_required", "referral.code_not_htmc", "referral.patient_not_attached",
        "patient.not_found", "patient.attached_elsewhere", "patient.phone_invalid", "patient.email_invalid", "patient.attachment_not_primary_care",
        "referral.follow_up_kind_required", "referral.follow_up_before_discharge", "referral.follow_up_in_future", "referral.follow_up_second_death",
        "referral.follow_up_second_one_year", "referral.follow_up_one_year_not_reached", "referral.follow_up_alive_after_death", "referral.follow_up_after_death",
        "referral.report_year_invalid",
        "abroad.age_invalid", "abroad.indication_unknown", "abroad.indication_required", "abroad.self_arranged", "abroad.child_too_old",
        "abroad.instruction_required", "abroad.methods_not_exhausted", "abroad.transplant_excluded", "abroad.step_without_deadline",
        "abroad.step_incomplete", "abroad.step_not_permitted", "abroad.step_not_current", "abroad.case_closed", "abroad.changed_meanwhile",
        "abroad.offer_not_found", "abroad.session_not_found", "abroad.offer_not_answered", "abroad.patient_agreement_required", "abroad.case_not_found",
        "abroad.session_in_past", "abroad.session_not_working_day", "abroad.session_month_taken", "abroad.session_reason_required",
        "quota.exceeded", "quota.group_not_eligible", "quota.no_planned_volume", "quota.date_outside_period",
        "quota.period_overlaps", "quota.pandemic_overlaps", "quota.period_not_found",
    ];

    public static readonly int[] Statuses = [400, 401, 403, 404, 405, 409, 413, 415, 422, 500, 503];

    private static readonly Lazy<Dictionary<string, string>> Ru = new(() => Load("ru"));
    private static readonly Lazy<Dictionary<string, string>> Kk = new(() => Load("kk"));

    public static TheoryData<string> ErrorCodeData() => [.. ErrorCodes];

    [Fact]
    public void Resx_RuAndKk_IdenticalKeySets()
    {
        Assert.Equal(Ru.Value.Keys.Order(StringComparer.Ordinal), Kk.Value.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resx_EveryValue_NonEmptyWithSamePlaceholdersInBothLanguages()
    {
        foreach (var (key, ru) in Ru.Value)
        {
            var kk = Kk.Value[key];
            Assert.False(string.IsNullOrWhiteSpace(ru), $"ru {key} is empty");
            Assert.False(string.IsNullOrWhiteSpace(kk), $"kk {key} is empty");
            Assert.True(Placeholders(ru).SetEquals(Placeholders(kk)), $"{key}: ru has {{{string.Join("}, {", Placeholders(ru))}}}, kk has {{{string.Join("}, {", Placeholders(kk))}}}");
        }
    }

    [Theory]
    [MemberData(nameof(ErrorCodeData))]
    public void Resx_ErrorCode_HasTextInBothLanguages(string code)
    {
        Assert.True(Ru.Value.ContainsKey($"error.{code}"), $"SharedResource.ru.resx has no error.{code}");
        Assert.True(Kk.Value.ContainsKey($"error.{code}"), $"SharedResource.kk.resx has no error.{code}");
        Assert.NotEqual(Ru.Value[$"error.{code}"], Kk.Value[$"error.{code}"]);
    }

    [Fact]
    public void ErrorCodes_EveryErrorTypeOfDomainAndApplication_IsListed()
    {
        var declared = DeclaredErrors().Select(e => e.Code).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(declared);
        Assert.Empty(declared.Except(ErrorCodes, StringComparer.Ordinal));
    }

    [Fact]
    public void ErrorTexts_EveryPlaceholder_IsAnArgumentOfTheError()
    {
        foreach (var error in DeclaredErrors())
        {
            foreach (var text in new[] { Ru.Value[$"error.{error.Code}"], Kk.Value[$"error.{error.Code}"] })
            {
                Assert.All(Placeholders(text), name => Assert.True(error.Args.ContainsKey(name), $"error.{error.Code} uses {{{name}}}, which {error.GetType().Name} does not carry"));
            }
        }
    }

    [Fact]
    public void Resx_EveryIinWarning_HasTextInBothLanguages()
    {
        var warnings = typeof(IinWarning).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(IinWarning))
            .Select(p => ((IinWarning)p.GetValue(null)!).Code)
            .ToArray();

        Assert.Equal(5, warnings.Length);
        Assert.All(warnings, code =>
        {
            Assert.True(Ru.Value.ContainsKey($"warning.{code}"), $"ru has no warning.{code}");
            Assert.True(Kk.Value.ContainsKey($"warning.{code}"), $"kk has no warning.{code}");
        });
    }

    [Fact]
    public void Resx_EveryProblemStatus_HasTitleInBothLanguages()
    {
        Assert.All(Statuses, status =>
        {
            Assert.True(Ru.Value.ContainsKey($"status.{status}"), $"ru has no status.{status}");
            Assert.True(Kk.Value.ContainsKey($"status.{status}"), $"kk has no status.{status}");
        });
    }

    [Fact]
    public void Culture_KkKz_FormatsDatesWithKazakhMonthNames()
    {
        var kk = CultureInfo.GetCultureInfo("kk-KZ");
        var ru = CultureInfo.GetCultureInfo("ru-KZ");
        var date = new DateOnly(2026, 3, 22);

        Assert.Contains("наурыз", date.ToString("D", kk), StringComparison.Ordinal);
        Assert.Contains("2026", date.ToString("D", kk), StringComparison.Ordinal);
        Assert.Contains("22 марта 2026", date.ToString("D", ru), StringComparison.Ordinal);
        Assert.Equal("қыркүйек", kk.DateTimeFormat.GetMonthName(9).ToLowerInvariant());
    }

    [Fact]
    public void ResourceManager_KkKzCulture_FindsKazakhSatelliteAssembly()
    {
        var manager = new System.Resources.ResourceManager("Joldama.Application.Resources.SharedResource", typeof(SharedResource).Assembly);

        Assert.Equal(Kk.Value["error.route.not_found"], manager.GetString("error.route.not_found", CultureInfo.GetCultureInfo("kk-KZ")));
        Assert.Equal(Ru.Value["error.route.not_found"], manager.GetString("error.route.not_found", CultureInfo.GetCultureInfo("ru-KZ")));
    }

    /// <summary>One instance of every concrete error record in Joldama.Domain and Joldama.Application, built with sample arguments.</summary>
    private static IEnumerable<Error> DeclaredErrors()
    {
        var assemblies = new[] { typeof(Error).Assembly, typeof(SharedResource).Assembly };
        var bases = new[] { typeof(ValidationError), typeof(NotFoundError), typeof(ConflictError), typeof(RuleViolation) };
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => typeof(Error).IsAssignableFrom(t) && !t.IsAbstract && !bases.Contains(t)))
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            yield return (Error)constructor.Invoke(constructor.GetParameters().Select(p => Sample(p.ParameterType)).ToArray());
        }
    }

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "x",
        _ when type == typeof(int) => 7,
        _ when type == typeof(DateOnly) => new DateOnly(2026, 3, 2),
        _ when type == typeof(HtmcCode) => HtmcCode.From("35.21"),
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) => Array.CreateInstance(type.GetGenericArguments()[0], 1),
        _ when type.IsValueType => Activator.CreateInstance(type),
        _ => null,
    };

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, string> Load(string language) =>
        XDocument.Load(RepoPaths.Resx(language)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    [GeneratedRegex(@"\{([A-Za-z]\w*)\}", RegexOptions.None, 1000)]
    private static partial Regex PlaceholderPattern();
}
