using Joldama.Domain.Referrals.FollowUp;
using static Joldama.Domain.Tests.Referrals.ReferralTestData;

namespace Joldama.Domain.Tests.Referrals.FollowUp;

/// <summary>§42: the report over the cases discharged within the year, by code and provider, as known on a given day.</summary>
public class AnnualReportTests
{
    private static readonly Guid Heart = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Spine = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly DateOnly AsOf = D("2026-03-31");

    private static TreatedCase Case(string code, Guid provider, string discharged, params FollowUpEntry[] entries) =>
        new(Guid.NewGuid(), code, provider, provider == Heart ? "Ұлттық ғылыми кардиохирургия орталығы" : "Нейрохирургия орталығы",
            DateOnly.FromDayNumber(D(discharged).DayNumber - 7), D(discharged), entries);

    private static FollowUpEntry E(FollowUpKind kind, string on) => new(kind, D(on), null);

    [Fact]
    public void Build_NoCases_NoRowsAndZeroTotalsWithoutPercentages()
    {
        var report = AnnualReport.Build([], 2025, AsOf);

        Assert.Empty(report.Rows);
        Assert.Equal(OutcomeCounts.Zero, report.Totals);
        Assert.Null(report.Totals.MortalityPercent);
        Assert.Null(report.Totals.SurvivalPercent);
    }

    [Fact]
    public void Build_OnlyCasesDischargedWithinTheYear()
    {
        var report = AnnualReport.Build(
            [Case("35.21", Heart, "2024-12-31"), Case("35.21", Heart, "2025-01-01"), Case("35.21", Heart, "2025-12-31"), Case("35.21", Heart, "2026-01-01")],
            2025, AsOf);

        Assert.Equal(2, Assert.Single(report.Rows).Counts.Cases);
    }

    [Fact]
    public void Build_CountsEachFigureOncePerCase()
    {
        var cases = new[]
        {
            // Two complications and a disability: one case with complications, one with disability; no one-year outcome.
            Case("35.21", Heart, "2025-01-15", E(FollowUpKind.Complication, "2025-02-01"), E(FollowUpKind.Complication, "2025-03-01"), E(FollowUpKind.Disability, "2025-04-01")),
            // Died within the year.
            Case("35.21", Heart, "2025-02-10", E(FollowUpKind.Complication, "2025-02-20"), E(FollowUpKind.Death, "2025-06-01")),
            // Alive at one year.
            Case("35.21", Heart, "2025-03-01", E(FollowUpKind.AliveAtOneYear, "2026-03-02")),
            // Year over, nothing recorded: unknown.
            Case("35.21", Heart, "2025-03-05"),
        };

        var counts = Assert.Single(AnnualReport.Build(cases, 2025, AsOf).Rows).Counts;

        Assert.Equal(new OutcomeCounts(4, 2, 1, 1, SurvivedOneYear: 1, OneYearKnown: 2, OneYearUnknown: 2), counts);
        Assert.Equal(50.0m, counts.SurvivalPercent);
        Assert.Equal(25.0m, counts.MortalityPercent);
    }

    [Fact]
    public void Build_OneYearMark_ExactlyOneYearIsDue_TheDayBeforeIsNot()
    {
        var onTheMark = Case("35.21", Heart, "2025-03-31");
        var dayAfter = Case("35.21", Heart, "2025-04-01");

        var counts = AnnualReport.Build([onTheMark, dayAfter], 2025, AsOf).Totals;

        Assert.Equal(1, counts.OneYearUnknown); // 31.03.2025 reached its mark on the report day
        Assert.Equal(0, counts.OneYearKnown);
        Assert.Null(counts.SurvivalPercent);
    }

    [Fact]
    public void Build_DeathOnTheMarkDay_IsWithinTheYear_DeathTheDayAfterIsSurvival()
    {
        var onTheMark = Case("35.21", Heart, "2025-01-10", E(FollowUpKind.Death, "2026-01-10"));
        var dayAfter = Case("35.21", Heart, "2025-01-10", E(FollowUpKind.Death, "2026-01-11"));

        var counts = AnnualReport.Build([onTheMark, dayAfter], 2025, AsOf).Totals;

        Assert.Equal(1, counts.Deaths);
        Assert.Equal(1, counts.SurvivedOneYear);
        Assert.Equal(2, counts.OneYearKnown);
    }

    [Fact]
    public void Build_YearNotOver_DeathCountsButNotInSurvival()
    {
        var counts = AnnualReport.Build([Case("35.21", Heart, "2025-11-01", E(FollowUpKind.Death, "2025-12-01")), Case("35.21", Heart, "2025-11-02")], 2025, AsOf).Totals;

        Assert.Equal(1, counts.Deaths);
        Assert.Equal(50.0m, counts.MortalityPercent);
        Assert.Equal((0, 0, 0), (counts.SurvivedOneYear, counts.OneYearKnown, counts.OneYearUnknown));
    }

    [Fact]
    public void Build_EntriesAfterTheReportDay_AreNotYetKnown()
    {
        var counts = AnnualReport.Build([Case("35.21", Heart, "2025-01-10", E(FollowUpKind.Complication, "2025-02-01"), E(FollowUpKind.Death, "2025-12-01"))], 2025, D("2025-11-30")).Totals;

        Assert.Equal((1, 0), (counts.WithComplications, counts.Deaths));
    }

    [Fact]
    public void Build_OutcomesAfterTheYear_AreNotThisCohorts()
    {
        var late = Case("35.21", Heart, "2025-01-10", E(FollowUpKind.AliveAtOneYear, "2026-01-10"), E(FollowUpKind.Complication, "2026-01-11"), E(FollowUpKind.Disability, "2026-02-01"));

        var counts = AnnualReport.Build([late], 2025, AsOf).Totals;

        Assert.Equal(new OutcomeCounts(1, 0, 0, 0, 1, 1, 0), counts);
        Assert.Equal(100.0m, counts.SurvivalPercent);
    }

    [Fact]
    public void Build_RowsPerCodeAndProvider_OrderedByCodeThenProvider_TotalsAreTheirSum()
    {
        var cases = new[]
        {
            Case("81.08", Spine, "2025-02-01", E(FollowUpKind.Death, "2025-02-03")),
            Case("35.21", Spine, "2025-02-01"),
            Case("35.21", Heart, "2025-02-01", E(FollowUpKind.Complication, "2025-02-02")),
            Case("35.21", Heart, "2025-02-05", E(FollowUpKind.AliveAtOneYear, "2026-02-05")),
            Case("81.08", Heart, "2025-02-01"),
        };

        var report = AnnualReport.Build(cases, 2025, AsOf);

        Assert.Equal(
            [("35.21", Spine, 1), ("35.21", Heart, 2), ("81.08", Spine, 1), ("81.08", Heart, 1)],
            report.Rows.Select(r => (r.HtmcCode, r.ProviderId, r.Counts.Cases)));
        Assert.Equal(new OutcomeCounts(5, 1, 0, 1, 1, 2, 3), report.Totals);
        Assert.Equal(report.Rows.Select(r => r.Counts).Aggregate(OutcomeCounts.Zero, OutcomeCounts.Add), report.Totals);
        Assert.Equal(20.0m, report.Totals.MortalityPercent);
        Assert.Equal(50.0m, report.Totals.SurvivalPercent);
    }

    [Fact]
    public void Percentages_OneDecimal_HalfAwayFromZero()
    {
        Assert.Equal(33.3m, new OutcomeCounts(3, 0, 0, 1, 0, 0, 0).MortalityPercent);
        Assert.Equal(66.7m, new OutcomeCounts(3, 0, 0, 0, 2, 3, 0).SurvivalPercent);
        Assert.Equal(12.5m, new OutcomeCounts(8, 0, 0, 1, 0, 0, 0).MortalityPercent);
        Assert.Equal(0.1m, new OutcomeCounts(2000, 0, 0, 1, 0, 0, 0).MortalityPercent); // 0.05 rounds up
    }

    [Fact]
    public void Build_ProviderName_IsTheLatestDischarges()
    {
        var older = Case("35.21", Heart, "2025-02-01") with { ProviderName = "АҚ «Old»" };
        var newer = Case("35.21", Heart, "2025-05-01") with { ProviderName = "АҚ «New»" };

        Assert.Equal("АҚ «New»", Assert.Single(AnnualReport.Build([newer, older], 2025, AsOf).Rows).ProviderName);
    }

    [Theory]
    [InlineData(2025, "2026-01-01", "2026-03-31")]
    [InlineData(2027, "2028-01-01", "2028-03-31")]
    public void DueBy_FirstQuarterOfTheNextYear(int year, string from, string to)
    {
        Assert.Equal(new ReportDuePeriod(D(from), D(to)), AnnualReport.DueBy(year, Rules));
    }

    [Fact]
    public void DueBy_QuarterComesFromTheRules()
    {
        Assert.Equal(new ReportDuePeriod(D("2026-04-01"), D("2026-06-30")), AnnualReport.DueBy(2025, Rules with { AnnualReportQuarter = 2 }));
        Assert.Equal(new ReportDuePeriod(D("2026-10-01"), D("2026-12-31")), AnnualReport.DueBy(2025, Rules with { AnnualReportQuarter = 4 }));
    }
}
