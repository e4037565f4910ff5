using System.Text.Json;
using Joldama.Application.Law;
using Joldama.Application.Tests.Catalog;
using Joldama.Domain.Catalog;

namespace Joldama.Application.Tests.Law;

/// <summary>
/// <c>data/law/dsm-238-2020/referral-process.json</c> (the referral deadlines of seed 001 §35, §38, §39) against the
/// seed lines each term cites. The file is not loaded by the application yet (issue 5); its values are checked here.
/// </summary>
public class ReferralTermsAgainstSeedTests
{
    private static readonly JsonElement File = JsonDocument.Parse(System.IO.File.ReadAllText(
        Path.Combine(LawLibrary.DefaultDataDirectory, "law", "dsm-238-2020", "referral-process.json"))).RootElement;

    [Theory]
    [InlineData("commissionReviewWorkingDays", 2, "екі жұмыс күні")]
    [InlineData("providerReviewWorkingDays", 2, "екі жұмыс күні")]
    [InlineData("informPatientWorkingDays", 1, "бір жұмыс күні")]
    public void Term_ValueAndCitedLines_AsTheOrderSays(string term, int days, string words)
    {
        var entry = File.GetProperty(term);
        var source = new SeedReference(File.GetProperty("seed").GetString()!, entry.GetProperty("place").GetString()!, entry.GetProperty("lines").GetString()!);

        Assert.Equal(days, entry.GetProperty("value").GetInt32());
        Assert.Contains(words, string.Join(' ', CatalogAgainstSeedsTests.SeedLines(source).Split('\n').Select(l => l.Trim())), StringComparison.Ordinal);
    }
}
