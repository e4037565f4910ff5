namespace Joldama.Domain.Calendar;

/// <summary>
/// Why a date is listed in a year's calendar file. Dates not listed follow the 5-day week:
/// Monday–Friday are working days, Saturday and Sunday are days off.
/// </summary>
/// <remarks>In the data files the kinds are written in kebab case (<c>moved-day-off</c>).</remarks>
public enum DayKind
{
    /// <summary>A public holiday, a day off (Law «О праздниках в РК», art. 5), even when on a weekend.</summary>
    Holiday = 1,

    /// <summary>
    /// A working day that becomes a day off because a holiday fell on a Saturday or Sunday: "the day
    /// off is the next working day after the holiday" (Law «О праздниках в РК», art. 5). Monday–Friday only.
    /// </summary>
    MovedDayOff,

    /// <summary>A weekday made a day off by the government's transfer (Labour Code art. 85 p. 3). Monday–Friday only.</summary>
    TransferDayOff,

    /// <summary>A Saturday or Sunday made a working day by the same transfer. Saturday–Sunday only.</summary>
    TransferWorkingDay,

    /// <summary>
    /// The first day of Kurban Ait: a day off whatever the schedule, never moved (Labour Code art. 84 p. 5);
    /// its date is set each year by the Muslim Spiritual Administration (ДУМК).
    /// </summary>
    ReligiousDayOff,
}
