using Joldama.Domain.Identifiers;

namespace Joldama.Domain.Tests.Identifiers;

public class BinTests
{
    // 971240001315 is the KZ-FACTS §1.4 vector; the others got their check digit outside .NET.
    [Theory]
    [InlineData("971240001315", 97, 12, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOffice)]
    [InlineData("971250001312", 97, 12, BinEntityType.NonResidentLegalEntity, BinAttribute.HeadOffice)]
    [InlineData("971260001314", 97, 12, BinEntityType.JointIndividualEntrepreneur, BinAttribute.HeadOffice)]
    [InlineData("971241001310", 97, 12, BinEntityType.ResidentLegalEntity, BinAttribute.Branch)]
    [InlineData("971242001316", 97, 12, BinEntityType.ResidentLegalEntity, BinAttribute.RepresentativeOffice)]
    [InlineData("971243001311", 97, 12, BinEntityType.ResidentLegalEntity, BinAttribute.PeasantFarm)]
    [InlineData("050140001317", 5, 1, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOffice)]
    [InlineData("120541007778", 12, 5, BinEntityType.ResidentLegalEntity, BinAttribute.Branch)]
    public void Parse_ValidBin_DecodesRegistrationTypeAndAttribute(
        string text, int year, int month, BinEntityType type, BinAttribute attribute)
    {
        var result = Bin.Parse(text);

        Assert.False(result.IsError, result.Error?.Code);
        var bin = result.Value;
        Assert.Equal(text, bin.Value);
        Assert.Equal(text, bin.ToString());
        Assert.Equal(year, bin.RegistrationYearTwoDigits);
        Assert.Equal(month, bin.RegistrationMonth);
        Assert.Equal(type, bin.EntityType);
        Assert.Equal(attribute, bin.Attribute);
        Assert.True(Bin.IsValid(text));
    }

    // Every number below has a correct check digit, so only the structure check can reject it.
    [Theory]
    [InlineData("971340001319", "bin.bad_month", "month", "13")]
    [InlineData("970040001315", "bin.bad_month", "month", "00")]
    [InlineData("971230001310", "bin.unknown_type", "digit", "3")]
    [InlineData("971270001319", "bin.unknown_type", "digit", "7")]
    [InlineData("971204001319", "bin.unknown_type", "digit", "0")]
    [InlineData("971290001318", "bin.unknown_type", "digit", "9")]
    [InlineData("900101300017", "bin.unknown_type", "digit", "0")] // an IIN is not a BIN
    [InlineData("000000000000", "bin.bad_month", "month", "00")]
    public void Parse_CheckDigitRightStructureWrong_Rejected(string text, string code, string arg, string value)
    {
        var error = Bin.Parse(text).Error;

        Assert.NotNull(error);
        Assert.Equal(code, error.Code);
        Assert.Equal(value, error.Args[arg]);
        Assert.False(Bin.IsValid(text));
    }

    [Theory]
    [InlineData("971244001317", "4")]
    [InlineData("971249001314", "9")]
    public void Parse_AttributeAbove3_UnknownAttribute(string text, string digit)
    {
        var error = Bin.Parse(text).Error;

        Assert.IsType<BinUnknownAttribute>(error);
        Assert.Equal("bin.unknown_attribute", error.Code);
        Assert.Equal(digit, error.Args["digit"]);
    }

    [Fact]
    public void Parse_WrongCheckDigit_CheckDigitMismatch()
    {
        var error = Bin.Parse("971240001316").Error;

        Assert.IsType<IdentifierCheckDigitMismatch>(error);
        Assert.Equal("5", error.Args["expected"]);
        Assert.Equal("6", error.Args["actual"]);
    }

    [Fact]
    public void Parse_UnusablePrefix_PrefixNeverIssued() =>
        Assert.IsType<IdentifierPrefixNeverIssued>(Bin.Parse("000101301880").Error);

    [Theory]
    [InlineData(null, "identifier.empty")]
    [InlineData(" ", "identifier.empty")]
    [InlineData("97124000131", "identifier.wrong_length")]
    [InlineData("9712400013150", "identifier.wrong_length")]
    [InlineData("971240 001315", "identifier.not_digits")]
    [InlineData("\uff19\uff17\uff11\uff12\uff14\uff10\uff10\uff10\uff11\uff13\uff11\uff15", "identifier.not_digits")]
    public void Parse_BadFormat_SameErrorsAsIin(string? text, string code) =>
        Assert.Equal(code, Bin.Parse(text).Error?.Code);

    [Fact]
    public void Normalize_SpacedBin_ParsesAfterNormalize() =>
        Assert.True(Bin.IsValid(Bin.Normalize("9712 4000 1315")));
}
