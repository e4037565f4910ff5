namespace Joldama.Domain.Calendar;

/// <summary>
/// A count of calendar days (күнтізбелік күндер / календарные дни), such as the «күнтізбелік 30 күн» the territorial
/// department has to evaluate an application (seed 001 §26.1). Counted by <see cref="WorkingCalendar.AddCalendarDays"/>.
/// </summary>
public readonly record struct CalendarDays(int Value)
{
    /// <summary>The count; never negative (a deadline cannot run backwards).</summary>
    public int Value { get; } = Value >= 0
        ? Value
        : throw new ArgumentOutOfRangeException(nameof(Value), Value, "A count of calendar days cannot be negative.");
}
