using Joldama.Domain.Organizations;
using Joldama.Domain.Quotas;

namespace Joldama.Domain.Tests.Quotas;

/// <summary>Which limit of §19 an organization falls under (src/Joldama.Domain/Quotas/README.md, "Which limit applies").</summary>
public class QuotaLevelsTests
{
    [Theory]
    [InlineData(OrganizationLevel.Republican, false, QuotaMode.Normal, QuotaLevel.Republican)]
    [InlineData(OrganizationLevel.Republican, true, QuotaMode.Normal, QuotaLevel.Republican)]
    [InlineData(OrganizationLevel.Regional, false, QuotaMode.Normal, QuotaLevel.Other)]
    [InlineData(OrganizationLevel.Regional, true, QuotaMode.Normal, QuotaLevel.Other)]
    [InlineData(OrganizationLevel.Republican, true, QuotaMode.Pandemic, QuotaLevel.Scientific)]
    [InlineData(OrganizationLevel.Regional, true, QuotaMode.Pandemic, QuotaLevel.Scientific)]
    [InlineData(OrganizationLevel.Regional, false, QuotaMode.Pandemic, QuotaLevel.CityOrRegional)]
    [InlineData(OrganizationLevel.Republican, false, QuotaMode.Pandemic, QuotaLevel.Republican)]
    public void For_MapsTheOrganization(OrganizationLevel level, bool scientific, QuotaMode mode, QuotaLevel expected)
    {
        Assert.Equal(expected, QuotaLevels.For(level, scientific, mode));
    }

    [Fact]
    public void ModeOn_PeriodEndsIncluded()
    {
        var rules = QuotaTestData.Rules;

        Assert.Equal(QuotaMode.Normal, rules.ModeOn(QuotaTestData.D("2020-03-15")));
        Assert.Equal(QuotaMode.Pandemic, rules.ModeOn(QuotaTestData.D("2020-03-16")));
        Assert.Equal(QuotaMode.Pandemic, rules.ModeOn(QuotaTestData.D("2020-05-11")));
        Assert.Equal(QuotaMode.Normal, rules.ModeOn(QuotaTestData.D("2020-05-12")));
    }
}
