using Joldama.Domain.Shared;

namespace Joldama.Domain.Identifiers;

/// <summary>
/// A business identification number (БИН / БСН): <c>YYMM</c> of registration, entity type, attribute,
/// a 5-digit serial and the same check digit as the IIN (KZ-FACTS §1.2). Unlike the IIN, every part is
/// a hard rule: no law loosened the BIN structure.
/// </summary>
public readonly record struct Bin
{
    private readonly string? _digits;

    private Bin(string digits) => _digits = digits;

    /// <summary>The 12 digits.</summary>
    public string Value => _digits ?? throw new InvalidOperationException("default(Bin) holds no number; use Bin.Parse.");

    /// <summary>
    /// Two digits only: the century is not coded, and a pure domain has no clock to guess it from
    /// (BINs given to organisations registered before 2000 carry their old date, e.g. 97).
    /// </summary>
    public int RegistrationYearTwoDigits => TwoDigits(Value, 0);

    public int RegistrationMonth => TwoDigits(Value, 2);

    public BinEntityType EntityType => (BinEntityType)(Value[4] - '0');

    public BinAttribute Attribute => (BinAttribute)(Value[5] - '0');

    public static Result<Bin> Parse(string? text) => CheckDigit.Parse(text).Bind(CheckStructure);

    public static bool IsValid(string? text) => !Parse(text).IsError;

    /// <inheritdoc cref="Iin.Normalize"/>
    public static string Normalize(string text) => Iin.Normalize(text);

    public override string ToString() => _digits ?? string.Empty;

    private static Result<Bin> CheckStructure(string digits)
    {
        var month = TwoDigits(digits, 2);
        var type = digits[4] - '0';
        var attribute = digits[5] - '0';
        return (month, type, attribute) switch
        {
            (< 1 or > 12, _, _) => new BinBadMonth(month),
            (_, < 4 or > 6, _) => new BinUnknownType(type),
            (_, _, > 3) => new BinUnknownAttribute(attribute),
            _ => new Bin(digits),
        };
    }

    private static int TwoDigits(string digits, int index) => ((digits[index] - '0') * 10) + (digits[index + 1] - '0');
}
