using Joldama.Application;
using Joldama.Application.Shared;
using Joldama.Domain.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Calendar;

internal static class CalendarEndpoints
{
    public const int MaxWorkingDays = 3650;

    public static void MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("Calendar");
        group.MapGet("/add-working-days", Add)
            .WithSummary("The date N working days after a date (the start date itself never counts; seed 001 §35)");
        group.MapGet("/between", Between).WithSummary("Working days d with from < d ≤ to");
        group.MapGet("/days/{date}", Describe).WithSummary("Whether a date is a working day, and why");
        group.MapGet("/years/{year:int}", Year).WithSummary("The holidays, moved days and transfers of a year");
    }

    private static Results<Ok<AddWorkingDaysJson>, ProblemHttpResult> Add(string? date, string? days, WorkingCalendar calendar, IStringLocalizer<SharedResource> text)
    {
        var start = InputDates.Parse(date, "date");
        if (start.IsError)
        {
            return start.Error.ToProblem(text);
        }

        if (!int.TryParse(days, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n > MaxWorkingDays)
        {
            return new InputInvalid("days", days ?? string.Empty, $"0..{MaxWorkingDays}").ToProblem(text);
        }

        var due = calendar.AddWorkingDays(start.Value, new WorkingDays(n));
        return due.IsError ? due.Error.ToProblem(text) : TypedResults.Ok(new AddWorkingDaysJson(start.Value, n, due.Value));
    }

    private static Results<Ok<BetweenJson>, ProblemHttpResult> Between(string? from, string? to, WorkingCalendar calendar, IStringLocalizer<SharedResource> text)
    {
        var range = InputDates.Parse(from, "from").Bind(f => InputDates.Parse(to, "to").Map(t => (From: f, To: t)));
        var count = range.Bind(r => calendar.WorkingDaysBetween(r.From, r.To));
        return count.IsError ? count.Error.ToProblem(text) : TypedResults.Ok(new BetweenJson(range.Value.From, range.Value.To, count.Value));
    }

    private static Results<Ok<CalendarDayInfo>, ProblemHttpResult> Describe(string date, WorkingCalendar calendar, IStringLocalizer<SharedResource> text)
    {
        var info = InputDates.Parse(date, "date").Bind(calendar.Describe);
        return info.IsError ? info.Error.ToProblem(text) : TypedResults.Ok(info.Value);
    }

    private static Results<Ok<IReadOnlyList<CalendarDay>>, ProblemHttpResult> Year(int year, WorkingCalendar calendar, IStringLocalizer<SharedResource> text)
    {
        var known = calendar.IsWorkingDay(new DateOnly(Math.Clamp(year, 1, 9999), 1, 1));
        return known.IsError ? known.Error.ToProblem(text) : TypedResults.Ok(calendar.SpecialDaysIn(year));
    }
}

internal sealed record AddWorkingDaysJson(DateOnly Start, int WorkingDays, DateOnly Due);

internal sealed record BetweenJson(DateOnly From, DateOnly To, int WorkingDays);
