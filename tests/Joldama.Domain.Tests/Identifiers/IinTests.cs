using System.Globalization;
using Joldama.Domain.Identifiers;

namespace Joldama.Domain.Tests.Identifiers;

public class IinTests
{
    // KZ-FACTS §1.4 worked vectors, plus numbers whose check digit was computed outside .NET.
    [Theory]
    [InlineData("900101300017", 1990, 1, 1, Sex.Male)]
    [InlineData("791028302728", 1979, 10, 28, Sex.Male)]
    [InlineData("811201401188", 1981, 12, 1, Sex.Female)]
    [InlineData("061211600012", 2006, 12, 11, Sex.Female)] // needs pass 2
    [InlineData("000101301805", 1900, 1, 1, Sex.Male)] // needs pass 2
    [InlineData("900101400013", 1990, 1, 1, Sex.Female)]
    [InlineData("000229500018", 2000, 2, 29, Sex.Male)] // 2000 is a leap year
    [InlineData("991231801231", null, null, null, null)] // digit 7 = 8: no century, no sex
    public void Parse_WorkedVector_IsValidWithDecodedBirthDateAndSex(string text, int? year, int? month, int? day, Sex? sex)
    {
        var result = Iin.Parse(text);

        Assert.False(result.IsError, result.Error?.Code);
        Assert.Equal(text, result.Value.Value);
        Assert.Equal(text, result.Value.ToString());
        Assert.Equal(year is null ? null : new DateOnly(year.Value, month!.Value, day!.Value), result.Value.BirthDate);
        Assert.Equal(sex, result.Value.Sex);
        Assert.True(Iin.IsValid(text));
    }

    [Theory]
    [InlineData("900101300017")]
    [InlineData("061211600012")]
    [InlineData("811201401188")]
    public void Warnings_RealDateAndCenturyDigit_Empty(string text) =>
        Assert.Empty(Iin.Parse(text).Value.Warnings);

    [Theory]
    [InlineData("  900101300017\t")]
    [InlineData("\u00a0900101300017\n")]
    public void Parse_OuterWhitespace_TrimmedAndValid(string text) =>
        Assert.Equal("900101300017", Iin.Parse(text).Value.Value);

    [Fact]
    public void Parse_WrongLastDigit_CheckDigitMismatchWithExpectedAndActual()
    {
        var error = Iin.Parse("061211600013").Error;

        Assert.IsType<IdentifierCheckDigitMismatch>(error);
        Assert.Equal("identifier.check_digit_mismatch", error.Code);
        Assert.Equal("2", error.Args["expected"]);
        Assert.Equal("3", error.Args["actual"]);
    }

    [Theory]
    [InlineData('0')]
    [InlineData('1')]
    [InlineData('2')]
    [InlineData('3')]
    [InlineData('4')]
    [InlineData('5')]
    [InlineData('6')]
    [InlineData('7')]
    [InlineData('8')]
    [InlineData('9')]
    public void Parse_UnusablePrefixAnyLastDigit_PrefixNeverIssued(char last)
    {
        var error = Iin.Parse("00010130188" + last).Error;

        Assert.IsType<IdentifierPrefixNeverIssued>(error);
        Assert.Equal("identifier.prefix_never_issued", error.Code);
    }

    [Fact]
    public void Parse_AllZeros_PassesChecksumWithMonthDayAndCenturyWarnings()
    {
        var iin = Iin.Parse("000000000000").Value;

        Assert.Equal(
            [IinWarning.MonthOutOfRange, IinWarning.DayOutOfRange, IinWarning.CenturyDigitOutOfRange],
            iin.Warnings);
        Assert.Null(iin.BirthDate);
        Assert.Null(iin.Sex);
    }

    [Theory]
    [InlineData("901301300017", "iin.month_out_of_range")] // month 13
    [InlineData("000230600011", "iin.day_out_of_range")] // 30 February
    [InlineData("000229300015", "iin.day_out_of_range")] // 29 February 1900: not a leap year
    [InlineData("000229100012", "iin.day_out_of_range")] // 29 February 1800
    [InlineData("900101900015", "iin.century_digit_out_of_range")]
    public void Warnings_ImpossibleDatePart_SingleWarningAndNoBirthDate(string text, string code)
    {
        var iin = Iin.Parse(text).Value;

        Assert.Equal(code, Assert.Single(iin.Warnings).Code);
        Assert.Null(iin.BirthDate);
    }

    // Digit 7 = 7 or 0 gives no century: 29 February is possible exactly when some century has it (2000 does).
    [Theory]
    [InlineData("000229700010", false)]
    [InlineData("040229000013", false)]
    [InlineData("010229700012", true)]
    public void Warnings_29FebruaryUnknownCentury_DayWarningOnlyWhenNoCenturyIsLeap(string text, bool dayWarning)
    {
        var warnings = Iin.Parse(text).Value.Warnings;

        Assert.Contains(IinWarning.CenturyDigitOutOfRange, warnings);
        Assert.Equal(dayWarning, warnings.Contains(IinWarning.DayOutOfRange));
    }

    [Fact]
    public void Warnings_DayZeroAndDigit7Seven_DayAndCenturyWarnings() =>
        Assert.Equal(
            [IinWarning.DayOutOfRange, IinWarning.CenturyDigitOutOfRange],
            Iin.Parse("900100700017").Value.Warnings);

    [Theory]
    [InlineData("90010130001", 11)]
    [InlineData("9001013000170", 13)]
    [InlineData("9", 1)]
    public void Parse_WrongLength_WrongLengthWithLength(string text, int length)
    {
        var error = Iin.Parse(text).Error;

        Assert.IsType<IdentifierWrongLength>(error);
        Assert.Equal("identifier.wrong_length", error.Code);
        Assert.Equal(length.ToString(CultureInfo.InvariantCulture), error.Args["length"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Parse_NullEmptyOrWhitespace_Empty(string? text)
    {
        Assert.Equal("identifier.empty", Iin.Parse(text).Error?.Code);
        Assert.False(Iin.IsValid(text));
    }

    [Theory]
    [InlineData("90010130001A", 12)]
    [InlineData("a00101300017", 1)]
    [InlineData("9001O1300017", 5)] // letter O for zero
    [InlineData("\u0660\u0666\u0661\u0662\u0661\u0661\u0666\u0660\u0660\u0660\u0661\u0662", 1)] // Arabic-Indic 061211600012
    [InlineData("0612\u0661\u0661600012", 5)] // one Arabic-Indic digit inside
    [InlineData("\uff10\uff16\uff11\uff12\uff11\uff11\uff16\uff10\uff10\uff10\uff11\uff12", 1)] // full-width 061211600012
    [InlineData("06121160001\uff12", 12)]
    [InlineData("900101 300017", 7)]
    [InlineData("900101-300017", 7)]
    [InlineData("+900101300017", 1)]
    public void Parse_NonAsciiDigit_NotDigitsWithPosition(string text, int position)
    {
        var error = Iin.Parse(text).Error;

        Assert.IsType<IdentifierNotDigits>(error);
        Assert.Equal("identifier.not_digits", error.Code);
        Assert.Equal(position.ToString(CultureInfo.InvariantCulture), error.Args["position"]);
    }

    [Theory]
    [InlineData("900101 300017")]
    [InlineData("900101-300017")]
    [InlineData(" 9001 0130 0017 ")]
    [InlineData("900-101-300-017")]
    [InlineData("900101\u00a0300017")] // no-break space, as pasted from documents
    [InlineData("900101\u2013300017")] // en dash
    public void Normalize_InnerSpacesOrHyphens_StrippedAndThenValid(string text)
    {
        Assert.False(Iin.IsValid(text));

        var normalized = Iin.Normalize(text);

        Assert.Equal("900101300017", normalized);
        Assert.True(Iin.IsValid(normalized));
    }

    [Fact]
    public void Normalize_OtherCharacters_KeptForParseToReject() =>
        Assert.Equal("\uff10900101300017", Iin.Normalize("\uff10 900101-300017"));

    [Theory]
    [InlineData("900101300017", "90******0017")]
    [InlineData("061211600012", "06******0012")]
    public void Masked_ValidIin_ShowsFirstTwoAndLastFourDigits(string text, string masked) =>
        Assert.Equal(masked, Iin.Parse(text).Value.Masked);

    [Fact]
    public void CompareWith_MatchingBirthDateAndSex_NoWarnings() =>
        Assert.Empty(Iin.Parse("791028302728").Value.CompareWith(new DateOnly(1979, 10, 28), Sex.Male));

    [Fact]
    public void CompareWith_DifferentBirthDate_BirthDateMismatch() =>
        Assert.Equal(
            [IinWarning.BirthDateMismatch],
            Iin.Parse("791028302728").Value.CompareWith(new DateOnly(1979, 10, 29), Sex.Male));

    [Fact]
    public void CompareWith_SameDayOtherCentury_BirthDateMismatch() =>
        Assert.Equal(
            [IinWarning.BirthDateMismatch],
            Iin.Parse("000101301805").Value.CompareWith(new DateOnly(2000, 1, 1), Sex.Male));

    [Fact]
    public void CompareWith_DifferentSex_SexMismatch() =>
        Assert.Equal(
            [IinWarning.SexMismatch],
            Iin.Parse("811201401188").Value.CompareWith(new DateOnly(1981, 12, 1), Sex.Male));

    [Fact]
    public void CompareWith_IinCodesNoDateOrSex_BothMismatches() =>
        Assert.Equal(
            [IinWarning.BirthDateMismatch, IinWarning.SexMismatch],
            Iin.Parse("000000000000").Value.CompareWith(new DateOnly(2000, 1, 1), Sex.Female));

    [Fact]
    public void Equality_SameDigits_Equal() =>
        Assert.Equal(Iin.Parse(" 900101300017").Value, Iin.Parse("900101300017").Value);

    [Fact]
    public void Value_DefaultIin_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => default(Iin).Value);
        Assert.Equal(string.Empty, default(Iin).ToString());
    }

    [Fact]
    public void CheckDigit_AllSerialsOfPrefix0001013_827ResolvedByPass2And83Unusable()
    {
        var prefixes = Enumerable.Range(0, 10_000)
            .Select(serial => "0001013" + serial.ToString("D4", CultureInfo.InvariantCulture))
            .ToList();
        var reference = prefixes.Select(ReferenceCheckDigit).ToList();

        Assert.Equal(827, reference.Count(r => r.NeededPass2 && r.Digit is not null));
        Assert.Equal(83, reference.Count(r => r.Digit is null));
        Assert.Equal(reference.Select(r => r.Digit), prefixes.Select(p => CheckDigit.Compute(p)));
    }

    [Fact]
    public void Parse_AllEndingsOfPrefix0001013_ValidExactlyForTheReferenceDigit()
    {
        foreach (var prefix in Enumerable.Range(0, 10_000).Select(serial => "0001013" + serial.ToString("D4", CultureInfo.InvariantCulture)))
        {
            var expected = ReferenceCheckDigit(prefix).Digit;
            var valid = Enumerable.Range(0, 10).Where(last => Iin.IsValid(prefix + (char)('0' + last)));
            Assert.Equal(expected is null ? Array.Empty<int>() : new[] { expected.Value }, valid);
        }
    }

    // Written independently of CheckDigit: weights from a formula over indexes, LINQ sums.
    internal static (int? Digit, bool NeededPass2) ReferenceCheckDigit(string first11)
    {
        int Remainder(Func<int, int> weight) => first11.Select((c, i) => (c - '0') * weight(i)).Sum() % 11;

        var pass1 = Remainder(i => i + 1);
        if (pass1 < 10)
        {
            return (pass1, false);
        }

        var pass2 = Remainder(i => ((i + 2) % 11) + 1); // 3..11, 1, 2
        return (pass2 < 10 ? pass2 : null, true);
    }
}
