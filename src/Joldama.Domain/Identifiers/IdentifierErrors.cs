using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Identifiers;

// Messages never quote the number: an IIN is restricted personal data and these end up in logs.
public sealed record IdentifierEmpty()
    : ValidationError("identifier.empty", "The identification number is empty.");

public sealed record IdentifierWrongLength(int Length)
    : ValidationError("identifier.wrong_length", $"An identification number has 12 digits, not {Length}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["length"] = Length.ToString(CultureInfo.InvariantCulture) };
}

public sealed record IdentifierNotDigits(int Position)
    : ValidationError("identifier.not_digits", $"Character {Position} of the identification number is not a digit 0-9.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["position"] = Position.ToString(CultureInfo.InvariantCulture) };
}

public sealed record IdentifierCheckDigitMismatch(int Expected, int Actual)
    : ValidationError("identifier.check_digit_mismatch", $"The check digit of the identification number is {Actual}, but the other digits give {Expected}: check for a typo.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>
    {
        ["expected"] = Expected.ToString(CultureInfo.InvariantCulture),
        ["actual"] = Actual.ToString(CultureInfo.InvariantCulture),
    };
}

public sealed record IdentifierPrefixNeverIssued()
    : ValidationError("identifier.prefix_never_issued", "No identification number starts with these 11 digits: the check-digit algorithm marks them as never issued.");

public sealed record BinUnknownType(int Digit)
    : ValidationError("bin.unknown_type", $"Digit 5 of a BIN is the entity type 4, 5 or 6, not {Digit}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["digit"] = Digit.ToString(CultureInfo.InvariantCulture) };
}

public sealed record BinUnknownAttribute(int Digit)
    : ValidationError("bin.unknown_attribute", $"Digit 6 of a BIN is the attribute 0, 1, 2 or 3, not {Digit}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["digit"] = Digit.ToString(CultureInfo.InvariantCulture) };
}

public sealed record BinBadMonth(int Month)
    : ValidationError("bin.bad_month", $"Digits 3-4 of a BIN are the registration month 01-12, not {Month:D2}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["month"] = Month.ToString("D2", CultureInfo.InvariantCulture) };
}
