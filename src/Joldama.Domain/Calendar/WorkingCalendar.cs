using Joldama.Domain.Shared;

namespace Joldama.Domain.Calendar;

/// <summary>
/// Kazakhstan's working days (5-day week) over a contiguous range of loaded years. Outside that range every
/// answer is <see cref="CalendarYearMissing"/>: the calendar is decreed year by year, so it is never guessed.
/// </summary>
/// <remarks>
/// Each day of the range is precomputed into one flat array indexed by day number, with a running count of
/// working days, so <see cref="IsWorkingDay"/> and <see cref="WorkingDaysBetween"/> are O(1) and
/// <see cref="AddWorkingDays"/> is a short loop that allocates nothing.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly CalendarYear[] _years;
    private readonly Dictionary<DateOnly, CalendarDay> _specialDays;
    private readonly bool[] _isWorking;

    // _workingUpTo[i] = number of working days among the first i + 1 days of the range.
    private readonly int[] _workingUpTo;
    private readonly int _firstDayNumber;

    /// <param name="years">Validated years; they must not repeat and must follow each other without a gap.</param>
    public WorkingCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _years = [.. years.OrderBy(y => y.Year)];
        for (var i = 1; i < _years.Length; i++)
        {
            if (_years[i].Year != _years[i - 1].Year + 1)
            {
                throw new ArgumentException(
                    $"Calendar years must be contiguous and distinct: {_years[i - 1].Year} is followed by {_years[i].Year}.",
                    nameof(years));
            }
        }

        _specialDays = _years.SelectMany(y => y.Days).ToDictionary(d => d.Date);
        if (_years.Length == 0)
        {
            _isWorking = [];
            _workingUpTo = [];
            return;
        }

        _firstDayNumber = new DateOnly(_years[0].Year, 1, 1).DayNumber;
        var length = new DateOnly(_years[^1].Year, 12, 31).DayNumber - _firstDayNumber + 1;
        _isWorking = new bool[length];
        _workingUpTo = new int[length];
        var running = 0;
        for (var i = 0; i < length; i++)
        {
            var date = DateOnly.FromDayNumber(_firstDayNumber + i);
            _isWorking[i] = _specialDays.TryGetValue(date, out var special)
                ? special.IsWorkingDay
                : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            running += _isWorking[i] ? 1 : 0;
            _workingUpTo[i] = running;
        }
    }

    /// <summary>The first and last loaded years, or <see langword="null"/> when none is loaded.</summary>
    public (int First, int Last)? KnownYears => _years.Length == 0 ? null : (_years[0].Year, _years[^1].Year);

    /// <summary>Whether <paramref name="date"/> is a working day, or <see cref="CalendarYearMissing"/>.</summary>
    public Result<bool> IsWorkingDay(DateOnly date)
    {
        return TryIndex(date, out var i) ? _isWorking[i] : Missing(date);
    }

    /// <summary>The date <paramref name="n"/> working days after <paramref name="start"/>.</summary>
    /// <remarks>
    /// <para>
    /// The counting convention of the whole system: <paramref name="start"/> itself is never counted, whatever kind
    /// of day it is (working, weekend or holiday); the result is the <paramref name="n"/>th working day strictly
    /// after <paramref name="start"/>; <paramref name="n"/> = 0 returns <paramref name="start"/>.
    /// </para>
    /// <para>
    /// Law: приказ № ҚР ДСМ-238/2020, Rules of specialized and high-tech care, p. 35 (1) (seed 001): the ЖТМК
    /// commission reviews the package «келіп түскен сәттен бастап екі жұмыс күні ішінде» — within two working
    /// days from the moment of receipt. A package received on Friday with a 2-working-day limit is due at the end
    /// of Tuesday when Monday and Tuesday are working days. Confirm the reading with counsel; this comment and
    /// its tests are the contract.
    /// </para>
    /// <para>
    /// <see cref="CalendarYearMissing"/> when <paramref name="start"/> is outside the loaded years or the count
    /// runs past the last one.
    /// </para>
    /// </remarks>
    public Result<DateOnly> AddWorkingDays(DateOnly start, WorkingDays n)
    {
        if (!TryIndex(start, out var i))
        {
            return Missing(start);
        }

        for (var left = n.Value; left > 0;)
        {
            if (++i == _isWorking.Length)
            {
                return new CalendarYearMissing(_years[^1].Year + 1);
            }

            if (_isWorking[i])
            {
                left--;
            }
        }

        // The one place that steps days: an index into the range back to a date (DateOnly.AddDays is banned so
        // that no deadline is computed in calendar days by accident).
        return DateOnly.FromDayNumber(_firstDayNumber + i);
    }

    /// <summary>
    /// The last day of a term of <paramref name="n"/> calendar days from <paramref name="start"/> (the start day not
    /// counted, as for <see cref="AddWorkingDays"/>). When that day is not a working day the term ends on the next
    /// working day — the general rule for terms of Kazakhstan's civil and administrative procedure; a deadline never
    /// falls on a holiday.
    /// </summary>
    /// <remarks><see cref="CalendarYearMissing"/> when the term or the move runs outside the loaded years.</remarks>
    public Result<DateOnly> AddCalendarDays(DateOnly start, CalendarDays n)
    {
        if (!TryIndex(start, out var i))
        {
            return Missing(start);
        }

        i += n.Value;
        while (i < _isWorking.Length && !_isWorking[i])
        {
            i++;
        }

        return i < _isWorking.Length
            ? DateOnly.FromDayNumber(_firstDayNumber + i)
            : new CalendarYearMissing(_years[^1].Year + 1);
    }

    /// <summary>
    /// The number of working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>, the same
    /// convention as <see cref="AddWorkingDays"/>: if <c>AddWorkingDays(s, n)</c> is <c>e</c> then
    /// <c>WorkingDaysBetween(s, e)</c> is <c>n</c>. When <paramref name="to"/> is before <paramref name="from"/>
    /// the result is the negative of <c>WorkingDaysBetween(to, from)</c>.
    /// </summary>
    public Result<int> WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (!TryIndex(from, out var i))
        {
            return Missing(from);
        }

        if (!TryIndex(to, out var j))
        {
            return Missing(to);
        }

        return _workingUpTo[j] - _workingUpTo[i];
    }

    /// <summary>Whether <paramref name="date"/> is a working day, and its kind, names and basis when it is listed.</summary>
    public Result<CalendarDayInfo> Describe(DateOnly date)
    {
        var working = IsWorkingDay(date);
        if (working.IsError)
        {
            return working.Error;
        }

        return _specialDays.TryGetValue(date, out var day)
            ? new CalendarDayInfo(date, working.Value, day.Kind, day.NameRu, day.NameKk, day.Basis)
            : new CalendarDayInfo(date, working.Value, null, null, null, null);
    }

    /// <summary>
    /// The listed days of <paramref name="year"/>, in date order. Empty when the year is not loaded (see
    /// <see cref="KnownYears"/>); a loaded year always lists at least its New Year holidays.
    /// </summary>
    public IReadOnlyList<CalendarDay> SpecialDaysIn(int year) =>
        KnownYears is var (first, last) && year >= first && year <= last ? _years[year - first].Days : [];

    private bool TryIndex(DateOnly date, out int index)
    {
        index = date.DayNumber - _firstDayNumber;
        return index >= 0 && index < _isWorking.Length;
    }

    private static CalendarYearMissing Missing(DateOnly date) => new(date.Year);
}
