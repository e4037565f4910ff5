using System.Globalization;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Tests.Catalog;

/// <summary>HTMC codes as seed 000 prints them: two digits, a dot, one to four digits.</summary>
public class HtmcCodeTests
{
    [Theory]
    [InlineData("35.21", "35.21")]
    [InlineData("03.7992", "03.7992")]
    [InlineData("00.93", "00.93")]
    [InlineData("35.2", "35.2")]
    [InlineData(" 35.2 ", "35.2")]
    [InlineData("\t92.201\n", "92.201")]
    [InlineData("\u00a039.65\u00a0", "39.65")] // no-break spaces pasted from a document
    public void Parse_WellFormedCode_AcceptedAndTrimmed(string text, string expected)
    {
        var result = HtmcCode.Parse(text);

        Assert.False(result.IsError, result.Error?.Code);
        Assert.Equal(expected, result.Value.Value);
        Assert.Equal(expected, result.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("3.21")]
    [InlineData("35.")]
    [InlineData("35.12345")]
    [InlineData("35-21")]
    [InlineData("35,21")]
    [InlineData("\u0663\u0665.\u0662\u0661")] // ٣٥.٢١, Arabic-Indic digits
    [InlineData("\u0033\u0035.\u0662\u0661")] // 35.٢١, mixed
    [InlineData("\uff13\uff15.\uff12\uff11")] // ３５.２１, full-width digits
    [InlineData("3521")]
    [InlineData("35.21.1")]
    [InlineData("ab.cd")]
    [InlineData(".35")]
    [InlineData("135.2")]
    [InlineData("35 .21")]
    [InlineData("35.2a")]
    [InlineData("+35.21")]
    public void Parse_MalformedCode_CodeMalformed(string text)
    {
        var result = HtmcCode.Parse(text);

        Assert.True(result.IsError);
        var error = Assert.IsType<CodeMalformed>(result.Error);
        Assert.IsAssignableFrom<ValidationError>(error);
        Assert.Equal("catalog.code_malformed", error.Code);
        Assert.Equal(text.Trim(), error.Args["code"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NullOrBlank_CodeMalformed(string? text)
    {
        var result = HtmcCode.Parse(text);

        Assert.True(result.IsError);
        Assert.Equal("catalog.code_malformed", Assert.IsType<CodeMalformed>(result.Error).Code);
    }

    [Fact]
    public void Parse_CodesDifferingOnlyInTrailingDigits_StayDistinct()
    {
        // Seed 000 prints both 35.2 (Table 1) and 35.21 (Table 3), and 41.1 / 41.10 differ too.
        Assert.NotEqual(HtmcCode.From("35.2"), HtmcCode.From("35.21"));
        Assert.NotEqual(HtmcCode.From("41.1"), HtmcCode.From("41.10"));
        Assert.Equal(HtmcCode.From("35.21"), HtmcCode.From(" 35.21 "));
    }

    [Fact]
    public void From_MalformedCode_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => HtmcCode.From("35,21"));
}
