namespace Joldama.Domain.Calendar;

/// <summary>
/// One listed day of a year's calendar: a holiday, a moved day off, a transfer or Kurban Ait.
/// </summary>
/// <param name="Date">The local date in Kazakhstan.</param>
/// <param name="Kind">Why the date is listed; it decides whether the date is a working day.</param>
/// <param name="NameRu">The name in Russian, e.g. «Наурыз мейрамы».</param>
/// <param name="NameKk">The name in Kazakh.</param>
/// <param name="Basis">The law article, order or decree (with its date) that makes the day what it is.</param>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, string NameRu, string NameKk, string Basis)
{
    /// <summary>Only a transfer can turn a day into a working day; every other listed kind is a day off.</summary>
    public bool IsWorkingDay => Kind == DayKind.TransferWorkingDay;
}
