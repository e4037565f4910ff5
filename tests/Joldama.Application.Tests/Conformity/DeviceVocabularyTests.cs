using Joldama.Application.Conformity.Resources;

namespace Joldama.Application.Tests.Conformity;

/// <summary>The device vocabulary of Appendix 2: every wording recognized, the Russian name stored.</summary>
public class DeviceVocabularyTests
{
    private static readonly IReadOnlyList<Domain.Catalog.BilingualText> Names = DeviceVocabulary.AllNames(ConformityWorld.Law.Catalog);

    [Theory]
    [InlineData("Гемодинамикалық жүйесі бар ангиографиялық қондырғы")] // items 37.76–37.96
    [InlineData("Ангиографическая  установка с гемодинамической системой")]
    [InlineData("  ангиографическая установка с гемодинамической системой ")]
    public void Find_EitherWordingOfTheAngiograph_TheRussianName(string typed)
    {
        Assert.Equal("Ангиографическая установка с гемодинамической системой", DeviceVocabulary.Find(Names, typed));
    }

    [Fact]
    public void Find_NotAnAppendix2Device_Null()
    {
        Assert.Null(DeviceVocabulary.Find(Names, "Кофеварка"));
    }

    [Fact]
    public void Build_OneEntryPerRussianName_Sorted()
    {
        var types = DeviceVocabulary.Build(ConformityWorld.Law.Catalog);

        Assert.Equal(types.Count, types.Select(t => t.Ru.Trim().ToUpperInvariant()).Distinct().Count());
        Assert.True(types.Count > 50, types.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(types.Select(t => t.Ru).Order(StringComparer.Ordinal), types.Select(t => t.Ru));
    }
}
