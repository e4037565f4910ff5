using System.Globalization;
using Joldama.Application.Shared;
using Joldama.Domain.Calendar;
using Joldama.Domain.Shared;
using Joldama.Application;
using Joldama.Application.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Calendar;

public sealed class IndexModel(WorkingCalendar calendar, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Start { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Days { get; set; }

    public DateOnly? Due { get; private set; }

    public int Year { get; private set; }

    public IReadOnlyList<CalendarDay> SpecialDays { get; private set; } = [];

    public string? Problem { get; private set; }

    public void OnGet()
    {
        var today = clock.TodayInKazakhstan();
        Year = today.Year;
        if (Start is not null)
        {
            var start = InputDates.Parse(Start, "start");
            var days = int.TryParse(Days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 3650
                ? Result<WorkingDays>.Success(new WorkingDays(n))
                : new InputInvalid("days", Days ?? string.Empty, "0..3650");
            var due = start.Bind(s => days.Bind(d => calendar.AddWorkingDays(s, d)));
            if (due.IsError)
            {
                Problem = text.Describe(due.Error);
            }
            else
            {
                Due = due.Value;
                Year = start.Value.Year;
            }
        }

        SpecialDays = calendar.SpecialDaysIn(Year);
    }
}
