namespace Joldama.Domain.Calendar;

/// <summary>A count of working days (рабочие дни / жұмыс күндері), such as the «екі жұмыс күні» of a deadline.</summary>
public readonly record struct WorkingDays(int Value)
{
    /// <summary>The count; never negative (a deadline cannot run backwards).</summary>
    public int Value { get; } = Value >= 0
        ? Value
        : throw new ArgumentOutOfRangeException(nameof(Value), Value, "A count of working days cannot be negative.");
}
