using Joldama.Application;
using Joldama.Application.Localization;
using Joldama.Application.Quotas;
using Joldama.Application.Shared;
using Joldama.Domain.Access;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Quotas;

/// <summary>
/// Seed 001 §19: planned volumes per period, the head's decisions for the vulnerable groups within the quota, the
/// ministry's pandemic switch, and the report per organization and region (docs/quotas.md).
/// </summary>
internal static class QuotaEndpoints
{
    public static void MapQuotaEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/quotas").WithTags("Quotas");
        group.MapGet("/periods", ListPeriods).RequirePermission(Permission.ViewQuotaReports)
            .WithSummary("Quota periods within reach with their usage; ?from=&to= (YYYY-MM-DD) keep those that overlap");
        group.MapPost("/periods", SetPeriod).RequirePermission(Permission.ManageQuotaVolumes)
            .WithSummary("The planned-hospitalization volume of a period for the caller's organization (periods may not overlap)");
        group.MapGet("/periods/{id:guid}", GetPeriod).RequirePermission(Permission.ViewQuotaReports)
            .WithSummary("One period with its usage: used, limit, volume, percent, remaining, mode (404 outside reach)");
        group.MapGet("/usage", Usage).RequirePermission(Permission.DecideQuotaAdmissions)
            .WithSummary("The usage of the caller's organization on ?on= (YYYY-MM-DD, default today): the head's decision form");
        group.MapPost("/decisions", Decide).RequirePermission(Permission.DecideQuotaAdmissions)
            .WithSummary("§19: the head decides a planned hospitalization alone for a patient of a vulnerable group; beyond the limit 422 quota.exceeded with used, limit, volume, percent");
        group.MapGet("/decisions", ListDecisions).RequirePermission(Permission.ViewQuotaReports)
            .WithSummary("The head's decisions within reach, newest first; ?periodId=");
        group.MapGet("/pandemic-periods", ListPandemic).RequirePermission(Permission.ViewQuotaReports)
            .WithSummary("§19 ¶2: when the pandemic limits apply (the law data file's periods and the ministry's)");
        group.MapPost("/pandemic-periods", AddPandemic).RequirePermission(Permission.ManagePandemicMode)
            .WithSummary("§19 ¶2: declare a pandemic period (from, to, basis); overlapping periods are refused");
        group.MapGet("/report", Report).RequirePermission(Permission.ViewQuotaReports)
            .WithSummary("Per organization and per region: volume, decisions, limit; ?from=&to= (default: this year)");
        group.MapGet("/report.csv", ReportCsv).RequirePermission(Permission.ViewQuotaReports)
            .WithSummary("The report as CSV (UTF-8 with BOM), headings in the request's language");
    }

    private static async Task<Results<Ok<QuotaPeriodJson[]>, ProblemHttpResult>> ListPeriods(
        string? from, string? to, QuotaService quotas, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var range = Range(from, to, clock);
        return range.IsError
            ? range.Error.ToProblem(text)
            : TypedResults.Ok((await quotas.ListAsync(context.User.Scope()!, range.Value.From, range.Value.To, context.RequestAborted)).Select(QuotaPeriodJson.Of).ToArray());
    }

    private static async Task<Results<Created<QuotaPeriodJson>, ProblemHttpResult>> SetPeriod(
        QuotaPeriodInput body, QuotaService quotas, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var scope = context.User.Scope()!;
        var set = await quotas.SetPeriodAsync(scope, body, context.Actor(), context.RequestAborted);
        if (set.IsError)
        {
            return set.Error.ToProblem(text);
        }

        var view = await quotas.GetAsync(scope, set.Value.Id, context.RequestAborted);
        return TypedResults.Created($"/api/quotas/periods/{set.Value.Id}", QuotaPeriodJson.Of(view.Value));
    }

    private static async Task<Results<Ok<QuotaPeriodJson>, ProblemHttpResult>> GetPeriod(Guid id, QuotaService quotas, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var view = await quotas.GetAsync(context.User.Scope()!, id, context.RequestAborted);
        return view.IsError ? view.Error.ToProblem(text) : TypedResults.Ok(QuotaPeriodJson.Of(view.Value));
    }

    private static async Task<Results<Ok<QuotaPeriodJson>, ProblemHttpResult>> Usage(
        string? on, QuotaService quotas, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var date = InputDates.ParseOptional(on, "on", clock.TodayInKazakhstan());
        if (date.IsError)
        {
            return date.Error.ToProblem(text);
        }

        var view = await quotas.UsageAsync(context.User.Scope()!, date.Value, context.RequestAborted);
        return view.IsError ? view.Error.ToProblem(text) : TypedResults.Ok(QuotaPeriodJson.Of(view.Value));
    }

    private static async Task<Results<Created<QuotaDecisionJson>, ProblemHttpResult>> Decide(
        QuotaDecisionInput body, QuotaDecisionService decisions, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var decided = await decisions.DecideAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted);
        return decided.IsError
            ? decided.Error.ToProblem(text)
            : TypedResults.Created($"/api/quotas/decisions?periodId={decided.Value.Decision.PeriodId}", QuotaDecisionJson.Of(decided.Value));
    }

    private static async Task<Ok<QuotaDecisionRowJson[]>> ListDecisions(Guid? periodId, QuotaDecisionService decisions, HttpContext context) =>
        TypedResults.Ok((await decisions.ListAsync(context.User.Scope()!, periodId, context.Actor(), context.RequestAborted)).Select(QuotaDecisionRowJson.Of).ToArray());

    private static async Task<Ok<PandemicPeriodJson[]>> ListPandemic(PandemicModeService modes, HttpContext context) =>
        TypedResults.Ok((await modes.ListAsync(context.RequestAborted)).Select(PandemicPeriodJson.Of).ToArray());

    private static async Task<Results<Created<PandemicPeriodJson>, ProblemHttpResult>> AddPandemic(
        PandemicPeriodInput body, PandemicModeService modes, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var added = await modes.AddAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted);
        return added.IsError
            ? added.Error.ToProblem(text)
            : TypedResults.Created("/api/quotas/pandemic-periods",
                PandemicPeriodJson.Of(new PandemicPeriodView(added.Value.Id, added.Value.From, added.Value.To, added.Value.Basis, false, added.Value.SetByName, added.Value.SetAt)));
    }

    private static async Task<Results<Ok<QuotaReportJson>, ProblemHttpResult>> Report(
        string? from, string? to, QuotaReport reports, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var report = await BuildAsync(from, to, reports, clock, context);
        return report.IsError ? report.Error.ToProblem(text) : TypedResults.Ok(QuotaReportJson.Of(report.Value));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReportCsv(
        string? from, string? to, QuotaReport reports, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var report = await BuildAsync(from, to, reports, clock, context);
        if (report.IsError)
        {
            return report.Error.ToProblem(text);
        }

        var csv = QuotaReport.ToCsv(report.Value, column => text[$"quota.column.{column}"], r => UiLanguage.IsKazakh ? r.OrganizationNameKk : r.OrganizationNameRu);
        return TypedResults.File(csv, "text/csv; charset=utf-8", "quota-report.csv");
    }

    private static async Task<Result<QuotaReport.Result>> BuildAsync(string? from, string? to, QuotaReport reports, TimeProvider clock, HttpContext context)
    {
        var range = Range(from, to, clock);
        return range.IsError ? range.Error : await reports.BuildAsync(context.User.Scope()!, range.Value.From, range.Value.To, context.RequestAborted);
    }

    /// <summary>?from=&amp;to=, each defaulting to the first and the last day of this year in Kazakhstan.</summary>
    internal static Result<(DateOnly From, DateOnly To)> Range(string? from, string? to, TimeProvider clock)
    {
        var year = clock.TodayInKazakhstan().Year;
        return QuotaDates.Range(from, to, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }
}
