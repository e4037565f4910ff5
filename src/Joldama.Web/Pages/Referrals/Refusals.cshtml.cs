using Joldama.Application;
using Joldama.Application.Referrals.Worklists;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Referrals;

/// <summary>
/// §40 ¶3: the refusal journal of the caller's region — by period, ground (§40 ¶4), code in the address; by IIN only
/// through a POST form. The CSV (the same filters, without the IIN) comes from this page's Csv handler.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewRefusalJournal))]
public sealed class RefusalsModel(RefusalJournal journal, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Ground { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Iin { get; set; }

    public IReadOnlyList<RefusalJournal.Entry> Entries { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    /// <summary>The CSV link: this page's filters (never the IIN).</summary>
    public string CsvHref => "/referrals/refusals?handler=Csv" + string.Concat(
        new[] { ("From", From), ("To", To), ("Ground", Ground), ("Code", Code) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"&{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    public Task<IActionResult> OnGetAsync() => SearchAsync(null);

    public Task<IActionResult> OnPostAsync() => SearchAsync(Iin);

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var found = await journal.SearchAsync(User.Scope()!, new RefusalJournal.Filter(From, To, Ground, Code), HttpContext.Actor(), HttpContext.RequestAborted);
        if (found.IsError)
        {
            return Refuse(found.Error);
        }

        var csv = RefusalJournal.ToCsv(found.Value, column => text[$"referrals.refusals.column.{column}"], text.GroundName);
        return File(csv, "text/csv; charset=utf-8", "refusals.csv");
    }

    private async Task<IActionResult> SearchAsync(string? iin)
    {
        var found = await journal.SearchAsync(User.Scope()!, new RefusalJournal.Filter(From, To, Ground, Code, iin), HttpContext.Actor(), HttpContext.RequestAborted);
        if (found.IsError)
        {
            return Refuse(found.Error);
        }

        Entries = found.Value;
        return Page();
    }

    private PageResult Refuse(Error error)
    {
        Problem = text.DescribeReferral(error);
        ProblemField = ReferralView.FieldOf(error);
        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }

    /// <summary>The grounds the filter offers (§40 ¶4).</summary>
    public static IReadOnlyList<RejectionGround> Grounds { get; } = Enum.GetValues<RejectionGround>();
}
