using Joldama.Application.Law;
using Joldama.Application.Tests.Catalog;
using Joldama.Domain.Conformity.Workflow;

namespace Joldama.Application.Tests.Law;

/// <summary>
/// Each term of <c>data/law/dsm-238-2020/conformity-process.json</c> against the seed lines it cites (seed 001, Kazakh),
/// so that a wrong value or a wrong citation fails here, not in a provider's review.
/// </summary>
public class ConformityRulesAgainstSeedTests
{
    private static readonly ConformityRules Rules = ConformityRulesLoader.Load(Path.Combine(LawLibrary.DefaultDataDirectory, "law"));

    [Fact]
    public void Rules_Loaded_AsTheOrderSays()
    {
        Assert.Equal(new MonthDay(9, 15), Rules.FilingOpens);
        Assert.Equal(new MonthDay(10, 15), Rules.FilingCloses);
        Assert.True(Rules.FirstTimeNextYearInWindow);
        Assert.Equal(30, Rules.ReviewPeriod.Value);
        Assert.Equal(30, Rules.ReissuePeriod.Value);
        Assert.Equal(10, Rules.DataUpdatePeriod.Value);
        Assert.Equal(3, Rules.LongOutageMonths);
        Assert.Equal(NextYearValidity.CalendarYear, Rules.NextYearValidity);
    }

    [Theory]
    [InlineData("filingWindow", "15 қыркүйек")]
    [InlineData("filingWindow", "15 қазан")]
    [InlineData("firstTimeNextYearInWindow", "алдағы жылға")]
    [InlineData("firstTimeNextYearInWindow", "23-тармағында")]
    [InlineData("reviewPeriodCalendarDays", "күнтізбелік 30 күн")]
    [InlineData("nextYearValidity", "1 қаңтарынан бастап 31 желтоқсаны")]
    [InlineData("nextYearValidity", "күнтізбелік бір жыл")]
    [InlineData("reissuePeriodCalendarDays", "күнтізбелік 30 күн")]
    [InlineData("dataUpdateWorkingDays", "он жұмыс күні")]
    [InlineData("longOutageMonths", "3 айдан астам")]
    public void Term_CitedLines_HoldTheWords(string term, string words)
    {
        var lines = CatalogAgainstSeedsTests.SeedLines(Rules.Sources[term]);

        Assert.Contains(words, string.Join(' ', lines.Split('\n').Select(l => l.Trim())), StringComparison.Ordinal);
    }
}
