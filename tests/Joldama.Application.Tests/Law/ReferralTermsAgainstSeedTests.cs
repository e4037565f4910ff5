using Joldama.Application.Law;
using Joldama.Application.Tests.Catalog;
using Joldama.Domain.Referrals;

namespace Joldama.Application.Tests.Law;

/// <summary>
/// <c>data/law/dsm-238-2020/referral-process.json</c> (the referral deadlines of seed 001 §35.1, §38, §39 and the quarter of the §42 report) as loaded,
/// against the seed lines each term cites.
/// </summary>
public class ReferralTermsAgainstSeedTests
{
    private static readonly ReferralRules Rules = ReferralRulesLoader.Load(Path.Combine(LawLibrary.DefaultDataDirectory, "law"));

    [Theory]
    [InlineData(ReferralDeadline.CommissionReview, "commissionReviewWorkingDays", 2, "екі жұмыс күні")]
    [InlineData(ReferralDeadline.ProviderReview, "providerReviewWorkingDays", 2, "екі жұмыс күні")]
    [InlineData(ReferralDeadline.InformPatient, "informPatientWorkingDays", 1, "бір жұмыс күні")]
    public void Term_ValueAndCitedLines_AsTheOrderSays(ReferralDeadline deadline, string term, int days, string words)
    {
        Assert.Equal(days, Rules.TermOf(deadline).Value);
        Assert.Contains(words, CitedText(term), StringComparison.Ordinal);
    }

    [Fact]
    public void AnnualReportQuarter_FirstQuarterAfterTheReportingYear_AsTheOrderSays()
    {
        Assert.Equal(1, Rules.AnnualReportQuarter);
        Assert.Equal("§42", Rules.Sources["annualReportQuarter"].Place);
        Assert.Contains("есепті жылдан кейінгі бірінші тоқсанда", CitedText("annualReportQuarter"), StringComparison.Ordinal);
    }

    private static string CitedText(string term) =>
        string.Join(' ', CatalogAgainstSeedsTests.SeedLines(Rules.Sources[term]).Split('\n').Select(l => l.Trim()));
}
