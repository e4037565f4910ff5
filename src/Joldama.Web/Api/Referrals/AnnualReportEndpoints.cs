using Joldama.Application;
using Joldama.Application.Conformity.Printing;
using Joldama.Application.Law;
using Joldama.Application.Referrals.Reports;
using Joldama.Domain.Access;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>
/// §42: the annual report to the regional health department — per code and provider, over the cases discharged in the
/// year within the caller's reach — as JSON, CSV and XLSX, with the period it is due in (the first quarter after the year).
/// </summary>
internal static class AnnualReportEndpoints
{
    public static void MapAnnualReportEndpoints(this RouteGroupBuilder referrals)
    {
        referrals.MapGet("/reports/annual", Json).RequirePermission(Permission.ViewReferralReports)
            .WithSummary("§42: the annual report of ?year= (2000..next year): rows per code and provider, totals, the due period");
        referrals.MapGet("/reports/annual.csv", Csv).RequirePermission(Permission.ViewReferralReports)
            .WithSummary("§42: the annual report as CSV (UTF-8 with BOM, ';'); ?year=, ?lang=kk|ru");
        referrals.MapGet("/reports/annual.xlsx", Xlsx).RequirePermission(Permission.ViewReferralReports)
            .WithSummary("§42: the annual report as an Excel workbook titled with the caller's region; ?year=, ?lang=kk|ru");
    }

    private static async Task<Results<Ok<AnnualReportJson>, ProblemHttpResult>> Json(
        string? year, AnnualReportService reports, LawLibrary law, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var built = await BuildAsync(year, reports, clock, context);
        return built.IsError ? built.Error.ToProblem(text) : TypedResults.Ok(AnnualReportJson.From(built.Value, RegionName(law, context)));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Csv(
        string? year, AnnualReportService reports, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var built = await BuildAsync(year, reports, clock, context);
        return built.IsError
            ? built.Error.ToProblem(text)
            : TypedResults.File(AnnualReportCsv.Write(built.Value.Report, Language), AnnualReportCsv.ContentType, FileName(built.Value, "csv"));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Xlsx(
        string? year, AnnualReportService reports, LawLibrary law, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var built = await BuildAsync(year, reports, clock, context);
        return built.IsError
            ? built.Error.ToProblem(text)
            : TypedResults.File(AnnualReportXlsx.Write(built.Value.Report, RegionName(law, context), Language), AnnualReportXlsx.ContentType, FileName(built.Value, "xlsx"));
    }

    /// <summary>The report of a valid year, built (and audited) within the caller's reach.</summary>
    public static async Task<Result<AnnualReportService.Built>> BuildAsync(string? year, AnnualReportService reports, TimeProvider clock, HttpContext context)
    {
        var parsed = ReportYear.Parse(year, clock.TodayInKazakhstan());
        return parsed.IsError
            ? parsed.Error
            : await reports.BuildAsync(context.User.Scope()!, parsed.Value, context.Actor(), context.RequestAborted);
    }

    /// <summary>The caller's region in the request's language (its code when the law data lacks it, "—" for a role without one).</summary>
    public static string RegionName(LawLibrary law, HttpContext context) =>
        context.User.Scope()?.RegionCode is { } code ? law.Regions.Find(code)?.Name.In(Languages.Current) ?? code : "—";

    /// <summary>?lang= has switched the request's culture (localization middleware); the file follows it.</summary>
    public static PrintLanguage Language => Languages.Current == Domain.Catalog.TextLanguage.Kk ? PrintLanguage.Kk : PrintLanguage.Ru;

    public static string FileName(AnnualReportService.Built built, string extension) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"htmc-follow-up-{built.Report.Year}-{(Language == PrintLanguage.Kk ? "kk" : "ru")}.{extension}");
}
