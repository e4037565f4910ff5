namespace Joldama.Domain.Conformity;

/// <summary>
/// The period «соңғы N жылда» / «за последние N лет» of seed 001 Appendix 2, counted back from the evaluation date.
/// </summary>
/// <remarks>
/// The window of the last <c>N</c> years before <c>on</c> is <c>[on − N years + 1 day, on]</c>, both ends inclusive:
/// a course completed exactly N calendar years before <c>on</c> (e.g. 2022-06-15 for N = 3 and on = 2025-06-15) is
/// OUT; one completed a day later (2022-06-16) is IN; a course completed after <c>on</c> is out. Years are calendar
/// years (<see cref="DateOnly.AddYears"/>: from 29 February, N years back lands on 28 February). This comment and
/// its boundary tests are the contract; confirm the reading with the legal text.
/// </remarks>
public static class EducationWindow
{
    /// <summary>
    /// The last day just outside the window: exactly <paramref name="years"/> calendar years before <paramref name="on"/>.
    /// The window starts the day after it.
    /// </summary>
    public static DateOnly LastDayBefore(DateOnly on, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        return on.AddYears(-years);
    }

    /// <summary>Whether <paramref name="completedOn"/> lies in <c>[on − years + 1 day, on]</c>.</summary>
    public static bool Contains(DateOnly on, int years, DateOnly completedOn) =>
        LastDayBefore(on, years) < completedOn && completedOn <= on;
}
