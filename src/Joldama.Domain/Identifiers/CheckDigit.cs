using Joldama.Domain.Shared;

namespace Joldama.Domain.Identifiers;

/// <summary>
/// The 12th (check) digit of an IIN or BIN. One algorithm serves both: Programme of the Government,
/// resolution No. 565 of 11.06.2003, §5 "Алгоритм расчета значения контрольного разряда" (written for
/// "ИИН (БИН)"), see KZ-FACTS §1.3.
/// </summary>
internal static class CheckDigit
{
    public const int Length = 12;

    private static ReadOnlySpan<byte> FirstPassWeights => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

    private static ReadOnlySpan<byte> SecondPassWeights => [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>The check digit for the first 11 ASCII digits.</summary>
    /// <returns>
    /// 0–9, or null when the second pass gives 10 as well: §5 says such a number "is not used", so no
    /// 12th digit makes the prefix valid.
    /// </returns>
    public static int? Compute(ReadOnlySpan<char> first11)
    {
        if (first11.Length != Length - 1 || first11.IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            throw new ArgumentException("Expected exactly 11 ASCII digits.", nameof(first11));
        }

        var first = WeightedSumMod11(first11, FirstPassWeights);
        if (first != 10)
        {
            return first;
        }

        var second = WeightedSumMod11(first11, SecondPassWeights);
        return second == 10 ? null : second;
    }

    /// <summary>
    /// The rules IIN and BIN share: after trimming outer whitespace, exactly 12 ASCII digits whose last
    /// digit is the check digit. Returns the digits. Inner spaces or hyphens are an error here: stripping
    /// them is <see cref="Iin.Normalize"/>, a step the UI shows to the user.
    /// </summary>
    public static Result<string> Parse(string? text)
    {
        var digits = text?.Trim() ?? string.Empty;
        if (digits.Length == 0)
        {
            return new IdentifierEmpty();
        }

        // Not char.IsDigit: it accepts Arabic-Indic and full-width digits too (Unicode Nd).
        var firstNonDigit = digits.AsSpan().IndexOfAnyExceptInRange('0', '9');
        if (firstNonDigit >= 0)
        {
            return new IdentifierNotDigits(firstNonDigit + 1);
        }

        if (digits.Length != Length)
        {
            return new IdentifierWrongLength(digits.Length);
        }

        var expected = Compute(digits.AsSpan(0, Length - 1));
        if (expected is null)
        {
            return new IdentifierPrefixNeverIssued();
        }

        var actual = digits[Length - 1] - '0';
        return expected == actual ? digits : new IdentifierCheckDigitMismatch(expected.Value, actual);
    }

    private static int WeightedSumMod11(ReadOnlySpan<char> digits, ReadOnlySpan<byte> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        // Compare the remainder with 10, never the raw sum: public C# code gets this wrong (KZ-FACTS §1.3).
        return sum % 11;
    }
}
