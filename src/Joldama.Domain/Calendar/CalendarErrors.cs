using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Calendar;

/// <summary>No calendar is loaded for the year: the answer would be a guess, so there is none.</summary>
public sealed record CalendarYearMissing(int Year)
    : RuleViolation("calendar.year_missing", string.Create(CultureInfo.InvariantCulture, $"No working-day calendar is loaded for {Year}; add data/calendar/{Year}.json."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = CalendarErrorArgs.Of(("year", CalendarErrorArgs.Text(Year)));
}

public sealed record CalendarYearOutOfRange(int Year)
    : ValidationError("calendar.year_out_of_range", string.Create(CultureInfo.InvariantCulture, $"Year {Year} is not a calendar year this system can hold."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = CalendarErrorArgs.Of(("year", CalendarErrorArgs.Text(Year)));
}

public sealed record CalendarSourcesMissing(int Year)
    : ValidationError("calendar.sources_missing", string.Create(CultureInfo.InvariantCulture, $"The calendar of {Year} names no source its dates were checked against."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = CalendarErrorArgs.Of(("year", CalendarErrorArgs.Text(Year)));
}

public sealed record CalendarDayOutsideYear(int Year, DateOnly Date)
    : ValidationError("calendar.day_outside_year", string.Create(CultureInfo.InvariantCulture, $"Day {Date:yyyy-MM-dd} is not in the calendar year {Year}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = CalendarErrorArgs.Of(("year", CalendarErrorArgs.Text(Year)), ("date", CalendarErrorArgs.Text(Date)));
}

public sealed record CalendarDayDuplicated(DateOnly Date)
    : ValidationError("calendar.day_duplicated", string.Create(CultureInfo.InvariantCulture, $"Day {Date:yyyy-MM-dd} is listed more than once."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = CalendarErrorArgs.Of(("date", CalendarErrorArgs.Text(Date)));
}

public sealed record CalendarDayKindUnknown(DateOnly Date, int Kind)
    : ValidationError("calendar.kind_unknown", string.Create(CultureInfo.InvariantCulture, $"Day {Date:yyyy-MM-dd} has the unknown kind {Kind}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = CalendarErrorArgs.Of(("date", CalendarErrorArgs.Text(Date)), ("kind", CalendarErrorArgs.Text(Kind)));
}

public sealed record CalendarDayOnWrongWeekday(DateOnly Date, DayKind Kind)
    : ValidationError("calendar.kind_on_wrong_weekday", string.Create(CultureInfo.InvariantCulture, $"Day {Date:yyyy-MM-dd} is a {Date.DayOfWeek}, which cannot be a {Kind}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = CalendarErrorArgs.Of(("date", CalendarErrorArgs.Text(Date)), ("kind", Kind.ToString()), ("dayOfWeek", Date.DayOfWeek.ToString()));
}

public sealed record CalendarDayFieldMissing(DateOnly Date, string Field)
    : ValidationError("calendar.day_field_missing", string.Create(CultureInfo.InvariantCulture, $"Day {Date:yyyy-MM-dd} has no {Field}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = CalendarErrorArgs.Of(("date", CalendarErrorArgs.Text(Date)), ("field", Field));
}

/// <summary>Error arguments are invariant text, so a localized message formats them itself.</summary>
internal static class CalendarErrorArgs
{
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> Of(params (string Key, string Value)[] args) =>
        args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
}
