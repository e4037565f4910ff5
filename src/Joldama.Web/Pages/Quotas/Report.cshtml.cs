using Joldama.Application;
using Joldama.Application.Localization;
using Joldama.Application.Organizations;
using Joldama.Application.Quotas;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Joldama.Web.Api.Quotas;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Quotas;

/// <summary>Seed 001 §19: the quota report per organization and per region, within reach, for a range of days (default: this year); CSV too.</summary>
[Authorize(Policy = nameof(Permission.ViewQuotaReports))]
public sealed class ReportModel(QuotaReport reports, RegionRegistry regions, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public QuotaReport.Result? Report { get; private set; }

    public string? Problem { get; private set; }

    public string CsvHref => "/quotas/report?handler=Csv" + string.Concat(
        new[] { ("From", From), ("To", To) }.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"&{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    public string RegionName(string code) => regions.Find(code) is { } region ? (UiLanguage.IsKazakh ? region.Name.Kk : region.Name.Ru) : code;

    public async Task<IActionResult> OnGetAsync()
    {
        var range = QuotaEndpoints.Range(From, To, clock);
        if (range.IsError)
        {
            Problem = text.Describe(range.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(range.Error) };
        }

        Report = await reports.BuildAsync(User.Scope()!, range.Value.From, range.Value.To, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var page = await OnGetAsync();
        return Report is null ? page : File(QuotaReport.ToCsv(Report, column => text[$"quota.column.{column}"], QuotaView.OrganizationName), "text/csv; charset=utf-8", "quota-report.csv");
    }
}
