using Joldama.Application.Law;
using Joldama.Application.Tests.Catalog;
using Joldama.Domain.Referrals;

namespace Joldama.Application.Tests.Law;

/// <summary>
/// <c>data/law/dsm-238-2020/referral-process.json</c> (the referral deadlines of seed 001 §35.1, §38, §39) as loaded,
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
        Assert.Contains(words, string.Join(' ', CatalogAgainstSeedsTests.SeedLines(Rules.Sources[term]).Split('\n').Select(l => l.Trim())), StringComparison.Ordinal);
    }
}
