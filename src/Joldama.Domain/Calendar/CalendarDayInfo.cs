namespace Joldama.Domain.Calendar;

/// <summary>What the calendar says about one date.</summary>
/// <param name="Date">The date asked about.</param>
/// <param name="IsWorkingDay">Whether it is a working day under the 5-day week.</param>
/// <param name="Kind">Why it is listed, or <see langword="null"/> for an ordinary weekday or weekend.</param>
/// <param name="NameRu">The listed day's Russian name, or <see langword="null"/>.</param>
/// <param name="NameKk">The listed day's Kazakh name, or <see langword="null"/>.</param>
/// <param name="Basis">The listed day's legal basis, or <see langword="null"/>.</param>
public sealed record CalendarDayInfo(
    DateOnly Date,
    bool IsWorkingDay,
    DayKind? Kind,
    string? NameRu,
    string? NameKk,
    string? Basis);
