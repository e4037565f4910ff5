using Joldama.Application;
using Joldama.Application.Localization;
using Joldama.Application.Quotas;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Quotas;

/// <summary>
/// Seed 001 §19: the planned-hospitalization volumes per period within reach, with their usage; the head sets its
/// organization's (periods may not overlap).
/// </summary>
[Authorize(Policy = nameof(Permission.ViewQuotaReports))]
public sealed class PeriodsModel(QuotaService quotas, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public PeriodForm Form { get; set; } = new();

    public IReadOnlyList<QuotaPeriodView> Periods { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public bool CanSet => User.Scope()?.Can(Permission.ManageQuotaVolumes) == true;

    public async Task OnGetAsync() => Periods = await quotas.ListAsync(User.Scope()!, cancellationToken: HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanSet)
        {
            return Forbid();
        }

        var set = await quotas.SetPeriodAsync(User.Scope()!, new QuotaPeriodInput(Form.From, Form.To, Form.PlannedVolume), HttpContext.Actor(), HttpContext.RequestAborted);
        if (set.IsError)
        {
            Problem = text.Describe(set.Error);
            ProblemField = QuotaView.FieldOf(set.Error);
            await OnGetAsync();
            return new PageResult { StatusCode = ErrorResults.StatusOf(set.Error) };
        }

        return RedirectToPage();
    }

    /// <summary>A period as the head types it.</summary>
    public sealed class PeriodForm
    {
        public string? From { get; set; }

        public string? To { get; set; }

        public int? PlannedVolume { get; set; }
    }
}
