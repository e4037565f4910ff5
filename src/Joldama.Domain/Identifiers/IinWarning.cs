namespace Joldama.Domain.Identifiers;

/// <summary>
/// A soft finding about an IIN: shown to the user, never a rejection. Since resolution No. 853 of
/// 26.08.2013 the digits need not encode the person's date of birth or sex. <see cref="Code"/> is
/// stable; localized texts key on it.
/// </summary>
public sealed record IinWarning(string Code, string Message)
{
    public static IinWarning MonthOutOfRange { get; } =
        new("iin.month_out_of_range", "Digits 3-4 of the IIN are not a month from 01 to 12.");

    public static IinWarning DayOutOfRange { get; } =
        new("iin.day_out_of_range", "Digits 5-6 of the IIN are not a day of the month that digits 1-4 and 7 give.");

    public static IinWarning CenturyDigitOutOfRange { get; } =
        new("iin.century_digit_out_of_range", "Digit 7 of the IIN is not 1-6, so it codes neither century nor sex.");

    public static IinWarning BirthDateMismatch { get; } =
        new("iin.birth_date_mismatch", "The date of birth coded in the IIN differs from the recorded date of birth.");

    public static IinWarning SexMismatch { get; } =
        new("iin.sex_mismatch", "The sex coded in the IIN differs from the recorded sex.");
}
