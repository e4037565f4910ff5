using Joldama.Domain.Organizations;
using Joldama.Domain.Patients;
using Joldama.Domain.Quotas;
using Joldama.Domain.Shared;
using static Joldama.Domain.Tests.Quotas.QuotaTestData;

namespace Joldama.Domain.Tests.Quotas;

/// <summary>
/// Seed 001 §19: the head's decisions for vulnerable groups within 15 % (republican) / 10 % (others) of the planned volume,
/// 50 % (scientific) / 30 % (city, oblast) in the pandemic mode; the limit is floor(volume × percent / 100).
/// </summary>
public class QuotaCheckTests
{
    private static readonly VulnerableGroup[] Pensioner = [VulnerableGroup.Pensioner];
    private static readonly DateOnly Day2026 = D("2026-06-15");

    [Theory]
    // Republican, 15 %: volume 100 → 15, volume 200 → 30, volume 1000 → 150.
    [InlineData(OrganizationLevel.Republican, 100, 15)]
    [InlineData(OrganizationLevel.Republican, 200, 30)]
    [InlineData(OrganizationLevel.Republican, 1000, 150)]
    // Others, 10 %: volume 100 → 10, volume 250 → 25.
    [InlineData(OrganizationLevel.Regional, 100, 10)]
    [InlineData(OrganizationLevel.Regional, 250, 25)]
    public void Decide_ExactlyAtTheLimit_Accepted_OneOver_Refused(OrganizationLevel level, int volume, int limit)
    {
        var last = QuotaCheck.Decide(Rules, level, false, Year2026(volume), limit - 1, Pensioner, Day2026);
        var over = QuotaCheck.Decide(Rules, level, false, Year2026(volume), limit, Pensioner, Day2026);

        Assert.False(last.IsError);
        Assert.Equal(limit, last.Value.Decided);
        Assert.Equal(limit, last.Value.LimitCount);
        Assert.Equal(0, last.Value.Remaining);
        Assert.Equal(QuotaMode.Normal, last.Value.Mode);
        var exceeded = Assert.IsType<QuotaExceeded>(over.Error);
        Assert.Equal("quota.exceeded", exceeded.Code);
        Assert.Equal(limit, exceeded.Used);
        Assert.Equal(limit, exceeded.Limit);
        Assert.Equal(volume, exceeded.Volume);
    }

    [Fact]
    public void Decide_Refused_CarriesTheFigures()
    {
        var error = QuotaCheck.Decide(Rules, OrganizationLevel.Republican, false, Year2026(100), 15, Pensioner, Day2026).Error;

        Assert.IsType<QuotaExceeded>(error);
        Assert.Equal("15", error.Args["used"]);
        Assert.Equal("15", error.Args["limit"]);
        Assert.Equal("100", error.Args["volume"]);
        Assert.Equal("15", error.Args["percent"]);
    }

    [Fact]
    public void Decide_Accepted_UsageCountsThisDecision()
    {
        var usage = QuotaCheck.Decide(Rules, OrganizationLevel.Republican, false, Year2026(100), 3, Pensioner, Day2026).Value;

        Assert.Equal(new QuotaUsage(100, 4, 15, 15, QuotaLevel.Republican, QuotaMode.Normal), usage);
        Assert.Equal(11, usage.Remaining);
    }

    [Fact]
    public void Decide_ScientificOutsideThePandemic_KeepsItsLevelsLimit()
    {
        Assert.Equal(15, QuotaCheck.Decide(Rules, OrganizationLevel.Republican, true, Year2026(100), 0, Pensioner, Day2026).Value.LimitCount);
        Assert.Equal(10, QuotaCheck.Decide(Rules, OrganizationLevel.Regional, true, Year2026(100), 0, Pensioner, Day2026).Value.LimitCount);
    }

    [Theory]
    // Inside the pandemic period: scientific 50 %, whatever the level.
    [InlineData("2020-04-01", OrganizationLevel.Republican, true, 50, QuotaLevel.Scientific, QuotaMode.Pandemic)]
    [InlineData("2020-04-01", OrganizationLevel.Regional, true, 50, QuotaLevel.Scientific, QuotaMode.Pandemic)]
    // City/oblast (Regional) 30 %.
    [InlineData("2020-04-01", OrganizationLevel.Regional, false, 30, QuotaLevel.CityOrRegional, QuotaMode.Pandemic)]
    // A republican organization that is not scientific is not named by ¶2: ¶1's 15 %.
    [InlineData("2020-04-01", OrganizationLevel.Republican, false, 15, QuotaLevel.Republican, QuotaMode.Pandemic)]
    // Both ends of the period are inside.
    [InlineData("2020-03-16", OrganizationLevel.Regional, true, 50, QuotaLevel.Scientific, QuotaMode.Pandemic)]
    [InlineData("2020-05-11", OrganizationLevel.Regional, false, 30, QuotaLevel.CityOrRegional, QuotaMode.Pandemic)]
    // The day before and the day after: ¶1.
    [InlineData("2020-03-15", OrganizationLevel.Regional, true, 10, QuotaLevel.Other, QuotaMode.Normal)]
    [InlineData("2020-05-12", OrganizationLevel.Republican, true, 15, QuotaLevel.Republican, QuotaMode.Normal)]
    [InlineData("2020-05-12", OrganizationLevel.Regional, false, 10, QuotaLevel.Other, QuotaMode.Normal)]
    public void Decide_PandemicMode_OnlyInsideThePeriod(string date, OrganizationLevel level, bool scientific, int limit, QuotaLevel quotaLevel, QuotaMode mode)
    {
        var on = D(date);
        var last = QuotaCheck.Decide(Rules, level, scientific, Year2020(100), limit - 1, Pensioner, on);
        var over = QuotaCheck.Decide(Rules, level, scientific, Year2020(100), limit, Pensioner, on);

        Assert.Equal(limit, last.Value.LimitCount);
        Assert.Equal(quotaLevel, last.Value.Level);
        Assert.Equal(mode, last.Value.Mode);
        Assert.Equal(limit, Assert.IsType<QuotaExceeded>(over.Error).Limit);
    }

    [Fact]
    public void Decide_NoPandemicPeriodsConfigured_AlwaysNormal()
    {
        var usage = QuotaCheck.Decide(RulesWith(), OrganizationLevel.Regional, true, Year2020(100), 0, Pensioner, D("2020-04-01")).Value;

        Assert.Equal(QuotaMode.Normal, usage.Mode);
        Assert.Equal(10, usage.LimitCount);
    }

    [Theory]
    // Volume 6: 15 % is 0.9 → floor 0: not one decision may be taken alone (one would be 16.7 %, over 15 %).
    [InlineData(OrganizationLevel.Republican, 6, 0)]
    // Volume 7: 1.05 → 1 (1/7 = 14.3 %).
    [InlineData(OrganizationLevel.Republican, 7, 1)]
    // Volume 13: 1.95 → 1 (2/13 = 15.4 % would pass the limit).
    [InlineData(OrganizationLevel.Republican, 13, 1)]
    // Volume 9: 10 % is 0.9 → 0; volume 10 → 1; volume 19 → 1.
    [InlineData(OrganizationLevel.Regional, 9, 0)]
    [InlineData(OrganizationLevel.Regional, 10, 1)]
    [InlineData(OrganizationLevel.Regional, 19, 1)]
    public void Decide_SmallVolumes_LimitIsRoundedDown(OrganizationLevel level, int volume, int limit)
    {
        Assert.Equal(limit, QuotaCheck.Usage(Rules, level, false, volume, 0, Day2026).LimitCount);
        if (limit > 0)
        {
            Assert.False(QuotaCheck.Decide(Rules, level, false, Year2026(volume), limit - 1, Pensioner, Day2026).IsError);
        }

        var over = Assert.IsType<QuotaExceeded>(QuotaCheck.Decide(Rules, level, false, Year2026(volume), limit, Pensioner, Day2026).Error);
        Assert.Equal(limit, over.Limit);
    }

    [Fact]
    public void Decide_VolumeSix_FirstDecisionRefused_WithLimitZero()
    {
        var error = QuotaCheck.Decide(Rules, OrganizationLevel.Republican, false, Year2026(6), 0, Pensioner, Day2026).Error;

        Assert.IsType<QuotaExceeded>(error);
        Assert.Equal("0", error.Args["used"]);
        Assert.Equal("0", error.Args["limit"]);
        Assert.Equal("6", error.Args["volume"]);
    }

    [Theory]
    [InlineData(new VulnerableGroup[0])]
    [InlineData(new[] { (VulnerableGroup)99 })]
    public void Decide_PatientInNoGroup_Refused_ListingTheGroups(VulnerableGroup[] groups)
    {
        var error = QuotaCheck.Decide(Rules, OrganizationLevel.Republican, false, Year2026(100), 0, groups, Day2026).Error;

        var notEligible = Assert.IsType<QuotaGroupNotEligible>(error);
        Assert.Equal("quota.group_not_eligible", notEligible.Code);
        Assert.Equal(AllGroups, notEligible.Groups);
        Assert.Equal(string.Join(",", AllGroups), notEligible.Args["groups"]);
    }

    [Fact]
    public void Decide_GroupCheckedBeforeTheLimit()
    {
        var error = QuotaCheck.Decide(Rules, OrganizationLevel.Republican, false, Year2026(100), 15, [], Day2026).Error;

        Assert.IsType<QuotaGroupNotEligible>(error);
    }

    [Fact]
    public void Decide_AnyOneGroupOfSeveral_Suffices()
    {
        Assert.False(QuotaCheck.Decide(Rules, OrganizationLevel.Regional, false, Year2026(100), 0, [(VulnerableGroup)99, VulnerableGroup.Pregnant], Day2026).IsError);
    }

    [Fact]
    public void Decide_PandemicParagraphsGroups_Apply_InsideThePeriod()
    {
        // A ¶2 that (hypothetically) left pensioners out: refused inside the period, accepted outside.
        var rules = Rules with { Pandemic = Rules.Pandemic with { Groups = Rules.Pandemic.Groups.Where(g => g.Group != VulnerableGroup.Pensioner).ToArray() } };

        Assert.IsType<QuotaGroupNotEligible>(QuotaCheck.Decide(rules, OrganizationLevel.Regional, false, Year2020(100), 0, Pensioner, D("2020-04-01")).Error);
        Assert.False(QuotaCheck.Decide(rules, OrganizationLevel.Regional, false, Year2020(100), 0, Pensioner, D("2020-06-01")).IsError);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Decide_NoPlannedVolume_Refused(int volume)
    {
        var error = QuotaCheck.Decide(Rules, OrganizationLevel.Republican, false, Year2026(volume), 0, Pensioner, Day2026).Error;

        Assert.IsType<QuotaNoPlannedVolume>(error);
        Assert.Equal("quota.no_planned_volume", error.Code);
        Assert.Equal("2026-06-15", error.Args["on"]);
    }

    [Fact]
    public void Decide_NoPeriod_Refused()
    {
        Assert.IsType<QuotaNoPlannedVolume>(QuotaCheck.Decide(Rules, OrganizationLevel.Republican, false, null, 0, Pensioner, Day2026).Error);
    }

    [Fact]
    public void Decide_DateOutsideThePeriod_Refused()
    {
        var error = QuotaCheck.Decide(Rules, OrganizationLevel.Republican, false, Year2020(100), 0, Pensioner, Day2026).Error;

        Assert.IsType<QuotaDateOutsidePeriod>(error);
        Assert.Equal("2020-01-01", error.Args["from"]);
        Assert.Equal("2020-12-31", error.Args["to"]);
    }

    [Fact]
    public void Decide_NegativeCountSoFar_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuotaCheck.Decide(Rules, OrganizationLevel.Republican, false, Year2026(100), -1, Pensioner, Day2026));
    }

    [Fact]
    public void Usage_ForTheDecisionForm_ShowsRemaining()
    {
        var usage = QuotaCheck.Usage(Rules, OrganizationLevel.Regional, false, 120, 5, Day2026);

        Assert.Equal(12, usage.LimitCount);
        Assert.Equal(7, usage.Remaining);
    }

    [Fact]
    public void LimitCountOf_LargeVolume_DoesNotOverflow()
    {
        Assert.Equal(int.MaxValue / 2, QuotaUsage.LimitCountOf(int.MaxValue, 50));
    }

    [Fact]
    public void Errors_AreRuleViolationsOrValidation_AsTheirKindSays()
    {
        Error[] errors = [new QuotaExceeded(1, 1, 10, 10), new QuotaGroupNotEligible([]), new QuotaNoPlannedVolume(Day2026)];

        Assert.All(errors, e => Assert.IsAssignableFrom<RuleViolation>(e));
        Assert.IsAssignableFrom<ValidationError>(new QuotaDateOutsidePeriod(Day2026, Day2026, Day2026));
    }
}
