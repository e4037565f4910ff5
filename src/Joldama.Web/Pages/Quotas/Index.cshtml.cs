using Joldama.Application;
using Joldama.Application.Localization;
using Joldama.Application.Quotas;
using Joldama.Domain.Access;
using Joldama.Domain.Patients;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Quotas;

/// <summary>
/// Seed 001 §19: the head's decision form — how much of the quota is used (used / limit / volume / percent / remaining, the
/// mode), and a decision for a patient of a vulnerable group; beyond the limit it is refused on the form with the figures.
/// </summary>
[Authorize(Policy = nameof(Permission.DecideQuotaAdmissions))]
public sealed class IndexModel(QuotaService quotas, QuotaDecisionService decisions, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public DecisionForm Form { get; set; } = new();

    public QuotaPeriodView? Usage { get; private set; }

    public IReadOnlyList<QuotaDecisionView> Decisions { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>The number of the decision just taken (after the redirect), for the notice.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Decided { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var decided = await decisions.DecideAsync(User.Scope()!, new QuotaDecisionInput(Form.PatientIin, Form.Indication, null, Form.HtmcCode), HttpContext.Actor(), HttpContext.RequestAborted);
        if (decided.IsError)
        {
            Problem = text.Describe(decided.Error);
            ProblemField = QuotaView.FieldOf(decided.Error);
            await LoadAsync();
            return new PageResult { StatusCode = ErrorResults.StatusOf(decided.Error) };
        }

        // Post/redirect/get: a reload does not decide twice.
        return RedirectToPage(new { decided = decided.Value.Decision.Number });
    }

    private async Task LoadAsync()
    {
        if (Decided is { } number)
        {
            Notice = text["quota.decided", number].Value;
        }

        var scope = User.Scope()!;
        var usage = await quotas.UsageAsync(scope, clock.TodayInKazakhstan(), HttpContext.RequestAborted);
        if (usage.IsError)
        {
            Problem ??= text.Describe(usage.Error);
            return;
        }

        Usage = usage.Value;
        Decisions = await decisions.ListAsync(scope, usage.Value.Period.Id, HttpContext.Actor(), HttpContext.RequestAborted);
    }

    /// <summary>The decision as the head types it.</summary>
    public sealed class DecisionForm
    {
        public string? PatientIin { get; set; }

        public string? Indication { get; set; }

        public string? HtmcCode { get; set; }
    }

    public static string GroupName(IStringLocalizer text, VulnerableGroup group) => text[$"referrals.group.{group}"];
}
