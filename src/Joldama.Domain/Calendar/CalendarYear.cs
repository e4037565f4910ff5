using Joldama.Domain.Shared;

namespace Joldama.Domain.Calendar;

/// <summary>
/// The special days of one calendar year under the 5-day week, as published by МТСЗН in its production
/// calendar: holidays, the days off they move, the government's transfers and Kurban Ait.
/// Days not listed follow the week: Monday–Friday working, Saturday–Sunday off.
/// </summary>
public sealed record CalendarYear
{
    private CalendarYear(int year, IReadOnlyList<CalendarDay> days, IReadOnlyList<string> sources)
    {
        Year = year;
        Days = days;
        Sources = sources;
    }

    public int Year { get; }

    /// <summary>The listed days, in date order.</summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>What the dates were checked against (the decree, the order, the press report).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>
    /// Checks the year: every day inside it, no date twice, a known kind, names and a basis on every day,
    /// a transfer-working-day only on a Saturday or Sunday, a moved or transferred day off only on Monday–Friday.
    /// The error names the first offending date.
    /// </summary>
    public static Result<CalendarYear> Create(int year, IEnumerable<CalendarDay> days, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(sources);

        // Year 9999 is excluded so that "the year after the last known" always exists for CalendarYearMissing.
        if (year is < 1 or > 9998)
        {
            return new CalendarYearOutOfRange(year);
        }

        var sourceList = sources.ToArray();
        if (sourceList.Length == 0 || sourceList.Any(string.IsNullOrWhiteSpace))
        {
            return new CalendarSourcesMissing(year);
        }

        var dayList = days.ToArray();
        var seen = new HashSet<DateOnly>();
        foreach (var day in dayList)
        {
            ArgumentNullException.ThrowIfNull(day);
            if (Check(year, day) is { } error)
            {
                return error;
            }

            if (!seen.Add(day.Date))
            {
                return new CalendarDayDuplicated(day.Date);
            }
        }

        Array.Sort(dayList, static (a, b) => a.Date.CompareTo(b.Date));
        return new CalendarYear(year, dayList.AsReadOnly(), sourceList.AsReadOnly());
    }

    private static Error? Check(int year, CalendarDay day)
    {
        if (day.Date.Year != year)
        {
            return new CalendarDayOutsideYear(year, day.Date);
        }

        if (!Enum.IsDefined(day.Kind))
        {
            return new CalendarDayKindUnknown(day.Date, (int)day.Kind);
        }

        if (string.IsNullOrWhiteSpace(day.NameRu))
        {
            return new CalendarDayFieldMissing(day.Date, "nameRu");
        }

        if (string.IsNullOrWhiteSpace(day.NameKk))
        {
            return new CalendarDayFieldMissing(day.Date, "nameKk");
        }

        if (string.IsNullOrWhiteSpace(day.Basis))
        {
            return new CalendarDayFieldMissing(day.Date, "basis");
        }

        var weekend = day.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var wrongDay = day.Kind switch
        {
            // A transfer makes a day off into a working day: only a weekend day can be that.
            DayKind.TransferWorkingDay => !weekend,

            // These replace a working day (art. 5 of the Law on holidays, art. 85 p. 3 of the Labour Code).
            DayKind.MovedDayOff or DayKind.TransferDayOff => weekend,

            // Holidays and Kurban Ait stay on their date, weekend or not.
            _ => false,
        };
        return wrongDay ? new CalendarDayOnWrongWeekday(day.Date, day.Kind) : null;
    }
}
