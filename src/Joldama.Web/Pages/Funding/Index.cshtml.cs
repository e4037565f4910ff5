using Joldama.Application.Funding;
using Joldama.Domain.Funding;
using Joldama.Domain.Shared;
using Joldama.Application;
using Joldama.Application.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Funding;

public sealed class IndexModel(FundingDecider decider, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Form { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Insured { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    public FundingDecision? Decision { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
        if (Form is null && Insured is null)
        {
            return; // the empty form, possibly with a code filled in from the catalog
        }

        var decision = FundingQuery.Parse(Code, Form, Insured ?? "no", Date, clock.TodayInKazakhstan()).Bind(decider.Decide);
        if (decision.IsError)
        {
            Problem = text.Describe(decision.Error);
            return;
        }

        Decision = decision.Value;
    }
}
