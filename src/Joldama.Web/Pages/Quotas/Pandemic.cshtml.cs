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

/// <summary>Seed 001 §19 ¶2: the ministry's pandemic switch — the periods in which the 50 % / 30 % limits apply.</summary>
[Authorize(Policy = nameof(Permission.ManagePandemicMode))]
public sealed class PandemicModel(PandemicModeService modes, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public PandemicForm Form { get; set; } = new();

    public IReadOnlyList<PandemicPeriodView> Periods { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public async Task OnGetAsync() => Periods = await modes.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var added = await modes.AddAsync(User.Scope()!, new PandemicPeriodInput(Form.From, Form.To, Form.Basis), HttpContext.Actor(), HttpContext.RequestAborted);
        if (added.IsError)
        {
            Problem = text.Describe(added.Error);
            ProblemField = QuotaView.FieldOf(added.Error);
            await OnGetAsync();
            return new PageResult { StatusCode = ErrorResults.StatusOf(added.Error) };
        }

        return RedirectToPage();
    }

    /// <summary>A pandemic period as the ministry types it.</summary>
    public sealed class PandemicForm
    {
        public string? From { get; set; }

        public string? To { get; set; }

        public string? Basis { get; set; }
    }
}
