using Joldama.Application.Law;
using Joldama.Application.Tests.Catalog;
using Joldama.Domain.Catalog;
using Joldama.Domain.Patients;
using Joldama.Domain.Quotas;

namespace Joldama.Application.Tests.Law;

/// <summary>
/// <c>data/law/dsm-238-2020/quota-rules.json</c> (the quotas of seed 001 §19) as loaded, against the seed lines each limit
/// and group cites.
/// </summary>
public class QuotaRulesAgainstSeedTests
{
    private static readonly QuotaRules Rules = QuotaRulesLoader.Load(Path.Combine(LawLibrary.DefaultDataDirectory, "law"));

    [Theory]
    [InlineData(QuotaMode.Normal, QuotaLevel.Republican, 15, "республикалық медициналық денсаулық сақтау ұйымдары үшін жоспарлы емдеуге жатқызу көлемінен 15%")]
    [InlineData(QuotaMode.Normal, QuotaLevel.Other, 10, "меншік деңгейі мен нысанына қарамастан басқа медициналық ұйымдар үшін 10% шегінде")]
    [InlineData(QuotaMode.Pandemic, QuotaLevel.Scientific, 50, "ғылыми ұйымдары үшін жоспарлы емдеуге жатқызу көлемінен 50% шегінде")]
    [InlineData(QuotaMode.Pandemic, QuotaLevel.CityOrRegional, 30, "меншік нысанына қарамастан қалалық, облыстық деңгейдегі денсаулық сақтау ұйымдары үшін 30%")]
    public void Limit_PercentAndCitedLines_AsTheOrderSays(QuotaMode mode, QuotaLevel level, int percent, string words)
    {
        var limit = Rules.ParagraphOf(mode).Limits.Single(l => l.Level == level);

        Assert.Equal(percent, limit.Percent);
        Assert.Contains(words, Cited(limit.Source), StringComparison.Ordinal);
        Assert.Contains(limit.Organizations.Kk, Cited(limit.Source), StringComparison.Ordinal);
        Assert.Contains(limit.Organizations.Kk, Cited(Rules.ParagraphOf(mode).Source), StringComparison.Ordinal);
        Assert.Equal(TextLanguage.Ru, limit.Organizations.Unofficial);
    }

    [Fact]
    public void Paragraphs_CiteParagraph19()
    {
        Assert.Equal("§19 ¶1", Rules.Normal.Source.Place);
        Assert.Equal("§19 ¶2", Rules.Pandemic.Source.Place);
        Assert.StartsWith("19. Денсаулық сақтау ұйымының басшысы", Cited(Rules.Normal.Source), StringComparison.Ordinal);
        Assert.StartsWith("COVID-19 жаңа түріндегі коронавирустық инфекциядан туындаған пандемия", Cited(Rules.Pandemic.Source), StringComparison.Ordinal);
        Assert.DoesNotContain("20.", Cited(Rules.Pandemic.Source), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(QuotaMode.Normal)]
    [InlineData(QuotaMode.Pandemic)]
    public void Groups_AllSevenGroups_EachWordingInItsLinesAndParagraph(QuotaMode mode)
    {
        var paragraph = Rules.ParagraphOf(mode);

        Assert.Equal(Enum.GetValues<VulnerableGroup>().Order(), paragraph.GroupValues.Order());
        Assert.All(paragraph.Groups, g =>
        {
            Assert.Contains(g.WordingKk, Cited(g.Source), StringComparison.Ordinal);
            Assert.Contains(g.WordingKk, Cited(paragraph.Source), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void MotherHeroine_NormalNamesTheMedals_PandemicDoesNot_AndSaysSo()
    {
        var normal = Rules.Normal.Groups.Single(g => g.Group == VulnerableGroup.MotherHeroine);
        var pandemic = Rules.Pandemic.Groups.Single(g => g.Group == VulnerableGroup.MotherHeroine);

        Assert.Contains("\"Алтын Алқа\", \"Күміс Алқа\"", normal.WordingKk, StringComparison.Ordinal);
        Assert.Null(normal.Note);
        Assert.Equal("көп балалы аналар", pandemic.WordingKk);
        Assert.DoesNotContain("Алтын Алқа", Cited(Rules.Pandemic.Source), StringComparison.Ordinal);
        Assert.Contains("MotherHeroine", pandemic.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void PandemicPeriods_EmptyByDefault_SoTheNormalParagraphApplies()
    {
        Assert.Empty(Rules.PandemicPeriods);
        Assert.Equal(QuotaMode.Normal, Rules.ModeOn(new DateOnly(2020, 4, 1)));
    }

    [Fact]
    public void LawLibrary_CarriesTheQuotas()
    {
        Assert.Equal(15, LawLibrary.Load().Quotas.Normal.Limits.Single(l => l.Level == QuotaLevel.Republican).Percent);
    }

    private static string Cited(SeedReference source) =>
        string.Join(' ', CatalogAgainstSeedsTests.SeedLines(source).Split('\n').Select(l => l.Trim()));
}
