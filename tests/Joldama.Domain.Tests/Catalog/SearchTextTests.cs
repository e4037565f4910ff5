using Joldama.Domain.Catalog;

namespace Joldama.Domain.Tests.Catalog;

/// <summary>
/// Search folding: people type Kazakh on a Russian keyboard, paste from PDFs and Word, and expect
/// «жүрек», «журек» and «ЖҮРЕК» to find the same rows.
/// </summary>
public class SearchTextTests
{
    [Theory]
    [InlineData("\u049b", "\u043a")] // қ → к
    [InlineData("\u04e9", "\u043e")] // ө → о
    [InlineData("\u04af", "\u0443")] // ү → у
    [InlineData("\u04b1", "\u0443")] // ұ → у
    [InlineData("\u0456", "\u0438")] // і → и
    [InlineData("\u04d9", "\u0430")] // ә → а
    [InlineData("\u0493", "\u0433")] // ғ → г
    [InlineData("\u04a3", "\u043d")] // ң → н
    [InlineData("\u04bb", "\u0445")] // һ → х
    [InlineData("\u049a", "\u043a")] // Қ → к
    [InlineData("\u04e8", "\u043e")] // Ө → о
    [InlineData("\u04ae", "\u0443")] // Ү → у
    [InlineData("\u04b0", "\u0443")] // Ұ → у
    [InlineData("\u0406", "\u0438")] // І → и
    [InlineData("\u04d8", "\u0430")] // Ә → а
    [InlineData("\u0492", "\u0433")] // Ғ → г
    [InlineData("\u04a2", "\u043d")] // Ң → н
    [InlineData("\u04ba", "\u0445")] // Һ → х
    [InlineData("\u0451", "\u0435")] // ё → е
    [InlineData("\u0401", "\u0435")] // Ё → е
    public void Fold_KazakhLetterOrYo_RussianLookAlike(string letter, string expected) =>
        Assert.Equal(expected, SearchText.Fold(letter));

    [Theory]
    [InlineData("жүрек")]
    [InlineData("журек")]
    [InlineData("ЖҮРЕК")]
    [InlineData("Жүрек")]
    public void Fold_SameWordTypedDifferently_SameResult(string text) =>
        Assert.Equal("журек", SearchText.Fold(text));

    [Theory]
    [InlineData("Қазақстан Өңірі Үкімет Ұлттық Іздеу Әдіс Ғылым Һижра", "казакстан онири укимет улттык издеу адис гылым хижра")]
    [InlineData("ЁЛКА ёлка", "елка елка")]
    [InlineData("ЭКМО", "экмо")]
    public void Fold_MixedText_LowerCaseAndFolded(string text, string expected) =>
        Assert.Equal(expected, SearchText.Fold(text));

    [Theory]
    [InlineData("аорто-коронарное", "аорто коронарное")]
    [InlineData("аорто – коронарное", "аорто коронарное")] // en dash
    [InlineData("аорто—коронарное", "аорто коронарное")] // em dash
    [InlineData("клапан, аорта", "клапан аорта")]
    [InlineData("(CRT-P)", "crt p")]
    [InlineData("«ЭКМО»", "экмо")]
    [InlineData("\"ЭКМО\"", "экмо")]
    [InlineData("и/или", "и или")]
    [InlineData("  много   пробелов\t\nи\u00a0строк  ", "много пробелов и строк")]
    [InlineData("a - - - b", "a b")]
    [InlineData("--a--", "a")]
    public void Fold_ListedPunctuationAndHyphens_SingleSpaces(string text, string expected) =>
        Assert.Equal(expected, SearchText.Fold(text));

    [Theory]
    [InlineData("брахитерапия;", "брахитерапия")]
    [InlineData("терапия: лучевая", "терапия лучевая")]
    [InlineData("что?", "что")]
    [InlineData("внимание!", "внимание")]
    [InlineData("[ЭКМО]", "экмо")]
    [InlineData("и т. д…", "и т. д")]
    [InlineData("аорто\u2010коронарное", "аорто коронарное")] // U+2010 hyphen
    [InlineData("аорто\u2011коронарное", "аорто коронарное")] // U+2011 non-breaking hyphen (Word)
    [InlineData("аорто\u2012коронарное", "аорто коронарное")] // U+2012 figure dash
    [InlineData("‘ЭКМО’ „ЭКМО“", "экмо экмо")]
    public void Fold_OtherPunctuation_SingleSpaces(string text, string expected) =>
        Assert.Equal(expected, SearchText.Fold(text));

    [Theory]
    [InlineData("35.21", "35.21")]
    [InlineData(" 03.7992 ", "03.7992")]
    public void Fold_Code_DotKept(string text, string expected) =>
        Assert.Equal(expected, SearchText.Fold(text));

    [Theory]
    [InlineData("жү\u200bрек")] // zero-width space
    [InlineData("жү\u200dрек")] // zero-width joiner
    [InlineData("\ufeffжүрек")] // byte-order mark / zero-width no-break space
    [InlineData("жү\u200cр\u00adек")] // zero-width non-joiner, soft hyphen
    [InlineData("\u200bжүрек\u200b")]
    public void Fold_ZeroWidthCharacters_Dropped(string text) =>
        Assert.Equal("журек", SearchText.Fold(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200b\ufeff")]
    [InlineData(" - , ")]
    public void Fold_NothingToSearch_Empty(string text) =>
        Assert.Equal(string.Empty, SearchText.Fold(text));

    [Fact]
    public void Fold_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => SearchText.Fold(null!));
}
