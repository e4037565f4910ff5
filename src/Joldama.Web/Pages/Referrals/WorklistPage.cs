using Joldama.Application;
using Joldama.Application.Referrals.Worklists;
using Joldama.Data;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Referrals;

/// <summary>
/// A role's worklist (issue 5.6): the cases within reach, overdue first, then due today, then by the running deadline;
/// searchable by referral number, code and state in the address, and by IIN only through a POST form (an IIN never
/// lands in a URL or a proxy log).
/// </summary>
public abstract class WorklistPage(ReferralWorklist worklist, JoldamaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>"open" (the cases waiting for this role) or "all".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty]
    public string? Iin { get; set; }

    /// <summary>This page's address, its title's key and the list shown when nothing is chosen.</summary>
    public abstract string Path { get; }

    public abstract string TitleKey { get; }

    public abstract string Tab { get; }

    protected abstract string DefaultShow { get; }

    public IReadOnlyList<WorklistRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> ProviderNames { get; private set; } = new Dictionary<Guid, string>();

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public bool CanCreate => User.Scope()?.Can(Permission.PrepareReferrals) == true;

    public Task<IActionResult> OnGetAsync() => ListAsync(null);

    /// <summary>The search by IIN (with the other filters of the form).</summary>
    public Task<IActionResult> OnPostAsync() => ListAsync(Iin);

    private async Task<IActionResult> ListAsync(string? iin)
    {
        var ct = HttpContext.RequestAborted;
        Show = Show is "open" or "all" ? Show : DefaultShow;
        var found = await worklist.SearchAsync(User.Scope()!, new ReferralSearch(iin, Number, Code, State, Show == "open"), HttpContext.Actor(), ct);
        if (found.IsError)
        {
            Problem = text.DescribeReferral(found.Error);
            ProblemField = ReferralView.FieldOf(found.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(found.Error) };
        }

        Rows = found.Value;
        ProviderNames = await ReferralView.OrganizationNamesAsync(db, Rows.Where(r => r.ProviderId is not null).Select(r => r.ProviderId!.Value), ct);
        return Page();
    }

    /// <summary>The states the state filter offers.</summary>
    public static IReadOnlyList<ReferralState> States { get; } = Enum.GetValues<ReferralState>();
}
