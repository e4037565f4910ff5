using Joldama.Application;
using Joldama.Application.Law;
using Joldama.Application.Localization;
using Joldama.Application.Referrals.Reports;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals.FollowUp;
using Joldama.Domain.Shared;
using Joldama.Web.Api;
using Joldama.Web.Api.Referrals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Referrals;

/// <summary>
/// §42: the annual report of the caller's region for a year — per code and provider, the totals, survival and
/// mortality, the day it is due by — and its CSV and XLSX (this page's handlers, in the page's language).
/// </summary>
[Authorize(Policy = nameof(Permission.ViewReferralReports))]
public sealed class ReportModel(AnnualReportService reports, LawLibrary law, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The reporting year; by default the last one, whose report is due this first quarter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public AnnualReport? Report { get; private set; }

    public ReportDuePeriod? Due { get; private set; }

    public string Region { get; private set; } = string.Empty;

    public string? Problem { get; private set; }

    /// <summary>The years the selector offers, newest first.</summary>
    public IEnumerable<int> Years => Enumerable.Range(ReportYear.First, clock.TodayInKazakhstan().Year + 2 - ReportYear.First).Reverse();

    public string FileHref(string handler) => $"/referrals/report?handler={handler}&Year={Uri.EscapeDataString(Year ?? string.Empty)}";

    public async Task<IActionResult> OnGetAsync()
    {
        var built = await BuildAsync();
        if (built.IsError)
        {
            return Refuse(built.Error);
        }

        (Report, Due, Region) = (built.Value.Report, built.Value.Due, AnnualReportEndpoints.RegionName(law, HttpContext));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var built = await BuildAsync();
        return built.IsError
            ? Refuse(built.Error)
            : File(AnnualReportCsv.Write(built.Value.Report, AnnualReportEndpoints.Language), AnnualReportCsv.ContentType, AnnualReportEndpoints.FileName(built.Value, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        var built = await BuildAsync();
        return built.IsError
            ? Refuse(built.Error)
            : File(AnnualReportXlsx.Write(built.Value.Report, AnnualReportEndpoints.RegionName(law, HttpContext), AnnualReportEndpoints.Language),
                AnnualReportXlsx.ContentType, AnnualReportEndpoints.FileName(built.Value, "xlsx"));
    }

    private Task<Result<AnnualReportService.Built>> BuildAsync()
    {
        Year = string.IsNullOrWhiteSpace(Year) ? (clock.TodayInKazakhstan().Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : Year.Trim();
        return AnnualReportEndpoints.BuildAsync(Year, reports, clock, HttpContext);
    }

    private PageResult Refuse(Error error)
    {
        Problem = text.Describe(error);
        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }
}
