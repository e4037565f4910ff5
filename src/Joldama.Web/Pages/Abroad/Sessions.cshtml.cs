using Joldama.Application;
using Joldama.Application.Abroad.Sessions;
using Joldama.Domain.Access;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Abroad;

/// <summary>
/// The ministry commission's calendar (seed 003 lines 222-223): the sessions with how many cases each has, and for the
/// working body and the commission the form that schedules the monthly session or an extraordinary one (with its reason).
/// </summary>
[Authorize(Policy = nameof(Permission.ViewAbroadSessions))]
public sealed class SessionsModel(AbroadSessionService sessions, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public bool MaySchedule => User.Scope() is { } scope && AbroadSessionService.MaySchedule(scope);

    public bool CountryReach => User.Scope()?.Reach == RoleReach.Country;

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public async Task OnGetAsync()
    {
        if (Done == "scheduled")
        {
            Notice = text["abroad.done.scheduled"];
        }

        Sessions = await sessions.ListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var scheduled = await sessions.ScheduleAsync(User.Scope()!, Date, Kind, Reason, HttpContext.Actor(), HttpContext.RequestAborted);
        if (scheduled.IsError)
        {
            Sessions = await sessions.ListAsync(HttpContext.RequestAborted);
            Problem = text.DescribeAbroad(scheduled.Error);
            ProblemField = AbroadView.FieldOf(scheduled.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(scheduled.Error) };
        }

        return Redirect("/abroad/sessions?done=scheduled");
    }

    public string? Invalid(string field) => string.Equals(ProblemField, field, StringComparison.Ordinal) ? "true" : null;
}
