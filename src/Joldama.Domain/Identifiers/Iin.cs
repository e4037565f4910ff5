using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Identifiers;

/// <summary>
/// An individual identification number (ИИН / ЖСН): 12 ASCII digits, <c>YYMMDD</c>, a century-and-sex
/// digit, a 4-digit serial and a check digit (KZ-FACTS §1.1). Only the format and the check digit are
/// hard rules. Date of birth and sex read from the digits are hints: since 2013 they need not match
/// the person, so keep the recorded ones as their own fields and treat differences as warnings.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> gives all 12 digits. The IIN is restricted personal data: logs and audit
/// views use <see cref="Masked"/>.
/// </remarks>
public readonly record struct Iin
{
    private readonly string? _digits;

    private Iin(string digits) => _digits = digits;

    /// <summary>The 12 digits.</summary>
    public string Value => _digits ?? throw new InvalidOperationException("default(Iin) holds no number; use Iin.Parse.");

    /// <summary>Null when digit 7 is not 1–6 or digits 1–6 are not a real date in that century.</summary>
    public DateOnly? BirthDate => Century is { } century && IsRealDate(century + YearInCentury, Month, Day)
        ? new DateOnly(century + YearInCentury, Month, Day)
        : null;

    /// <summary>Null when digit 7 is not 1–6.</summary>
    public Sex? Sex => CenturyDigit switch
    {
        1 or 3 or 5 => Identifiers.Sex.Male,
        2 or 4 or 6 => Identifiers.Sex.Female,
        _ => null,
    };

    /// <summary>Soft format checks on the date and century digits; none of them rejects the number.</summary>
    public IReadOnlyList<IinWarning> Warnings
    {
        get
        {
            var warnings = new List<IinWarning>();
            var monthIsReal = Month is >= 1 and <= 12;
            if (!monthIsReal)
            {
                warnings.Add(IinWarning.MonthOutOfRange);
            }

            // With an unknown century, 20YY is a leap year exactly when some candidate century makes it one.
            var year = (Century ?? 2000) + YearInCentury;
            if (monthIsReal ? !IsRealDate(year, Month, Day) : Day is < 1 or > 31)
            {
                warnings.Add(IinWarning.DayOutOfRange);
            }

            if (Century is null)
            {
                warnings.Add(IinWarning.CenturyDigitOutOfRange);
            }

            return warnings;
        }
    }

    /// <summary>First 2 and last 4 digits, e.g. "90******0017": for logs and audit views.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 2), "******", Value.AsSpan(8));

    private int CenturyDigit => Value[6] - '0';

    private int? Century => CenturyDigit switch
    {
        1 or 2 => 1800,
        3 or 4 => 1900,
        5 or 6 => 2000,
        _ => null,
    };

    private int YearInCentury => TwoDigits(0);

    private int Month => TwoDigits(2);

    private int Day => TwoDigits(4);

    public static Result<Iin> Parse(string? text) => CheckDigit.Parse(text).Map(digits => new Iin(digits));

    public static bool IsValid(string? text) => !Parse(text).IsError;

    /// <summary>
    /// Strips whitespace and dashes ("900101 300017", "900101-300017"). A separate step from
    /// <see cref="Parse"/> so the UI can show the user what will be checked. Other characters stay
    /// for <see cref="Parse"/> to reject with their position.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)
            && char.GetUnicodeCategory(c) != UnicodeCategory.DashPunctuation));
    }

    /// <summary>
    /// Differences between what the IIN codes and the person's recorded data. Warnings only: since 2013
    /// an IIN may legitimately disagree with both. An IIN that codes no date or sex differs from any.
    /// </summary>
    public IReadOnlyList<IinWarning> CompareWith(DateOnly birthDate, Sex sex)
    {
        var warnings = new List<IinWarning>();
        if (BirthDate != birthDate)
        {
            warnings.Add(IinWarning.BirthDateMismatch);
        }

        if (Sex != sex)
        {
            warnings.Add(IinWarning.SexMismatch);
        }

        return warnings;
    }

    public override string ToString() => _digits ?? string.Empty;

    private static bool IsRealDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private int TwoDigits(int index) => ((Value[index] - '0') * 10) + (Value[index + 1] - '0');
}
