using Joldama.Application.Quotas;
using Joldama.Application.Shared;
using Joldama.Domain.Access;
using Joldama.Domain.Quotas;
using Joldama.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Quotas;

/// <summary>What the quota pages share: where a role starts, the words for levels and modes, and which field an error is about.</summary>
public static class QuotaView
{
    /// <summary>The first quota page a role may open: the head its decision form, the ministry its switch, the analyst the report.</summary>
    public static string? Start(AccessScope? scope) =>
        scope is null ? null
        : scope.Can(Permission.DecideQuotaAdmissions) ? "/quotas"
        : scope.Can(Permission.ViewQuotaReports) ? "/quotas/report"
        : scope.Can(Permission.ManagePandemicMode) ? "/quotas/pandemic"
        : null;

    public static string ModeName(this IStringLocalizer text, QuotaMode mode) => text[$"quota.mode.{mode}"];

    public static string LevelName(this IStringLocalizer text, QuotaLevel level) => text[$"quota.level.{level}"];

    public static string OrganizationName(QuotaPeriodView view) => Application.Localization.UiLanguage.IsKazakh ? view.OrganizationNameKk : view.OrganizationNameRu;

    /// <summary>The form field an error is about, to mark it invalid.</summary>
    public static string? FieldOf(Error error) => error switch
    {
        InputInvalid invalid => invalid.Field,
        _ when error.Code.StartsWith("identifier.", StringComparison.Ordinal) || error.Code == "patient.not_found" => "patientIin",
        _ when error.Code.StartsWith("catalog.", StringComparison.Ordinal) => "htmcCode",
        QuotaPeriodOverlaps or PandemicPeriodOverlaps => "from",
        _ => null,
    };
}
