namespace Joldama.Domain.Shared;

/// <summary>
/// Local time in Kazakhstan. The whole country has been on UTC+5 since 2024-03-01 00:00 (tzdata 2024a);
/// before that the east, Almaty and Astana included, was on UTC+6. The offset is therefore never hard-coded:
/// it comes from the IANA zone <c>Asia/Almaty</c>, so historical instants convert with the offset of their time.
/// </summary>
public static class KazakhstanTime
{
    /// <summary>The IANA zone <c>Asia/Almaty</c> (needs tzdata 2024a or later on the host).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    /// <summary>Today's date in Kazakhstan by <paramref name="clock"/>; working-day deadlines count these dates.</summary>
    public static DateOnly TodayInKazakhstan(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ToKazakhstanDate(clock.GetUtcNow());
    }

    /// <summary>The local date in Kazakhstan at <paramref name="moment"/>.</summary>
    public static DateOnly ToKazakhstanDate(DateTimeOffset moment) => DateOnly.FromDateTime(ToKazakhstanTime(moment).DateTime);

    /// <summary>The moment <paramref name="date"/> begins in Kazakhstan (its local midnight), in UTC as databases store moments.</summary>
    /// <remarks>
    /// 0001-01-01 began before the first moment UTC can hold: its start is <see cref="DateTimeOffset.MinValue"/> ("from the
    /// beginning"), not an exception — a search "from 0001-01-01" is odd input, not a server error (issue 8).
    /// </remarks>
    public static DateTimeOffset StartOfDay(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var offset = Zone.GetUtcOffset(midnight);
        return midnight - DateTime.MinValue < offset ? DateTimeOffset.MinValue : new DateTimeOffset(midnight - offset, TimeSpan.Zero);
    }

    /// <summary>The moment the day after <paramref name="date"/> begins: the exclusive end of "up to and including <paramref name="date"/>".</summary>
    /// <remarks>9999-12-31 has no day after it: its end is <see cref="DateTimeOffset.MaxValue"/> ("without an end").</remarks>
    public static DateTimeOffset EndOfDay(DateOnly date) =>
        date == DateOnly.MaxValue ? DateTimeOffset.MaxValue : StartOfDay(DateOnly.FromDayNumber(date.DayNumber + 1));

    /// <summary>The same instant with Kazakhstan's offset at that time (+06:00 before 2024-03-01, +05:00 since).</summary>
    public static DateTimeOffset ToKazakhstanTime(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);
}
