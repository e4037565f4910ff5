using Joldama.Application;
using Joldama.Application.Audit;
using Joldama.Data.Audit;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Joldama.Web.Api.Audit;
using Joldama.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Audit;

/// <summary>
/// The auditor's search of the audit log (newest first, <see cref="AuditSearch.PageSize"/> at most).
/// A POST form, so that a patient's IIN never lands in a URL; a search by IIN is itself audited.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewAudit))]
public sealed class IndexModel(AuditSearch audit, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public string? Login { get; set; }

    [BindProperty(Name = "Action")]
    public string? ActionPrefix { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Iin { get; set; }

    public IReadOnlyList<AuditRecord> Records { get; private set; } = [];

    public bool Searched { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The filter input the problem concerns (from, to, outcome).</summary>
    public string? ProblemField { get; private set; }

    public bool CanVerify { get; private set; }

    /// <summary>The CSV export of the same filter, without the IIN (the export is a GET; the IIN never goes in a URL).</summary>
    public string ExportUrl => QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = From, ["to"] = To, ["login"] = Login, ["action"] = ActionPrefix, ["outcome"] = Outcome,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))) is { HasValue: true } query ? "/api/audit/export" + query : "/api/audit/export";

    public async Task OnGetAsync()
    {
        CanVerify = User.Scope()!.Can(Permission.VerifyAudit);
        Records = await audit.SearchAsync(new AuditFilter(null, null, null, null, null, null), HttpContext.Actor(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        CanVerify = User.Scope()!.Can(Permission.VerifyAudit);
        var filter = AuditEndpoints.Filter(From, To, Iin, Login, ActionPrefix, Outcome);
        if (filter.IsError)
        {
            Problem = text.DescribeForForm(filter.Error, "audit");
            ProblemField = PageTexts.FieldOf(filter.Error, "iin");
            return new PageResult { StatusCode = ErrorResults.StatusOf(filter.Error) };
        }

        Searched = true;
        Records = await audit.SearchAsync(filter.Value, HttpContext.Actor(), HttpContext.RequestAborted);
        return Page();
    }
}
