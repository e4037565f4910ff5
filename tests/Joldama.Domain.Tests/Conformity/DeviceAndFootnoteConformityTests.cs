using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using static Joldama.Domain.Tests.Conformity.Fixtures;

namespace Joldama.Domain.Tests.Conformity;

/// <summary>Device requirements (seed 001 Appendix 2, §29) and the IVF footnote (*) criteria.</summary>
public class DeviceAndFootnoteConformityTests
{
    private static readonly DeviceRequirement Dialysis = new(Text("Гемодиализ және гемодиасүзгілеу үшін аппарат", "Аппарат для гемодиализа и гемодиафильтрации"), 2);

    private static CriterionFinding Device(params ProviderDevice[] devices) =>
        Assert.Single(Evaluate(Characteristic(devices: [Dialysis]), Resources(devices: devices)).Findings);

    [Fact]
    public void Evaluate_EnoughWorkingDevices_Met()
    {
        var finding = Device(new ProviderDevice(" аппарат  для гемодиализа и гемодиафильтрации", 1, null), new ProviderDevice("Гемодиализ және гемодиасүзгілеу үшін аппарат", 1, null));

        Assert.True(finding.Met, finding.Reason);
        Assert.Equal("conformity.device", finding.Code);
        Assert.Equal("2", finding.Args["working"]);
    }

    [Fact]
    public void Evaluate_DeviceCountShort_NotMet()
    {
        var finding = Device(new ProviderDevice("Аппарат для гемодиализа и гемодиафильтрации", 1, null));

        Assert.False(finding.Met);
        Assert.Equal("needs 2 working 'Гемодиализ және гемодиасүзгілеу үшін аппарат / Аппарат для гемодиализа и гемодиафильтрации'; has 1 working", finding.Reason);
    }

    [Theory]
    [InlineData("2025-06-15", false)] // out of order on the date
    [InlineData("2025-06-16", true)] // breaks after the date: still working on it
    public void Evaluate_DeviceOutOfOrder_NotCountedFromThatDay(string since, bool met)
    {
        var finding = Device(
            new ProviderDevice("Аппарат для гемодиализа и гемодиафильтрации", 1, null),
            new ProviderDevice("Аппарат для гемодиализа и гемодиафильтрации", 1, DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(met, finding.Met);
    }

    [Theory]
    [InlineData("2025-03-15", false)] // exactly 3 months
    [InlineData("2025-03-14", true)] // more than 3 months
    public void Evaluate_DeviceOutOfOrderOverThreeMonths_FactReported(string since, bool reported)
    {
        var finding = Device(
            new ProviderDevice("Аппарат для гемодиализа и гемодиафильтрации", 2, null),
            new ProviderDevice("Аппарат для гемодиализа и гемодиафильтрации", 1, DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.True(finding.Met);
        Assert.Equal(reported ? "1" : "0", finding.Args["outOfOrderOver3Months"]);
        Assert.Equal(reported, finding.Reason.Contains($"1 since {since} (more than 3 months)", StringComparison.Ordinal));
        Assert.Equal("1", finding.Args["outOfOrder"]);
    }

    [Theory]
    [InlineData("cycles-per-year", 300, true)]
    [InlineData("cycles-per-year", 299, false)]
    [InlineData("pregnancy-rate", 33, true)]
    [InlineData("pregnancy-rate", 32.9, false)]
    [InlineData("birth-rate", 25, true)]
    [InlineData("birth-rate", 24.9, false)]
    [InlineData("years-in-ivf", 3, true)]
    [InlineData("years-in-ivf", 2.9, false)]
    public void Evaluate_IvfCriterionOnBoundary_MetFromTheMinimum(string kind, double value, bool met)
    {
        var v = (decimal)value;
        var facts = new OrganizationFacts(
            kind == "years-in-ivf" ? v : 3,
            kind == "cycles-per-year" ? v : 300,
            kind == "pregnancy-rate" ? v : 33,
            kind == "birth-rate" ? v : 25);

        var report = Evaluate(Characteristic(footnotes: ["ivf"], code: "69.92"), Resources(organization: facts));

        Assert.Equal(4, report.Findings.Count);
        var finding = Assert.Single(report.Findings, f => f.Args["criterion"] == kind);
        Assert.Equal(met, finding.Met);
        Assert.Equal(CriterionKind.Footnote, finding.Kind);
        Assert.Equal(met, report.Conforms);
    }

    [Fact]
    public void Evaluate_IvfPregnancyRateShort_ExactReason()
    {
        var report = Evaluate(Characteristic(footnotes: ["ivf"], code: "69.92"), Resources(organization: new OrganizationFacts(3, 300, 32.9m, 25)));

        Assert.Equal("footnote 'ivf' needs pregnancy-rate of at least 33 percent; has 32.9", Assert.Single(report.Failures).Reason);
    }

    [Fact]
    public void Evaluate_IvfWithoutOrganizationFigures_EveryCriterionNotMet()
    {
        var report = Evaluate(Characteristic(footnotes: ["ivf"], code: "69.92"), Resources());

        Assert.Equal(4, report.Failures.Count);
        Assert.All(report.Failures, f => Assert.EndsWith("no organization figures given", f.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_FootnoteWithoutCriteria_NoFinding()
    {
        var cochlear = new CharacteristicFootnote("cochlear", Text("**", "**"), [], Source);

        var report = ConformityEvaluator.Evaluate(Characteristic(footnotes: ["cochlear"]), Resources(), On, [Ivf, cochlear]);

        Assert.Empty(report.Findings);
        Assert.True(report.Conforms);
    }
}
