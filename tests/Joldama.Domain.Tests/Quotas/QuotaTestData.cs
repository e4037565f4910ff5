using System.Globalization;
using Joldama.Domain.Catalog;
using Joldama.Domain.Patients;
using Joldama.Domain.Quotas;

namespace Joldama.Domain.Tests.Quotas;

/// <summary>The §19 terms as <c>quota-rules.json</c> gives them, with one pandemic period (production's list is empty by default).</summary>
internal static class QuotaTestData
{
    private const string Seed = "001_5e2574b563d27392.txt";

    public static readonly VulnerableGroup[] AllGroups = Enum.GetValues<VulnerableGroup>();

    /// <summary>16 March – 11 May 2020, both ends included.</summary>
    public static readonly PandemicPeriod Pandemic2020 = new(D("2020-03-16"), D("2020-05-11"), "example");

    public static QuotaRules Rules { get; } = RulesWith(Pandemic2020);

    public static QuotaRules RulesWith(params PandemicPeriod[] periods) => new(
        Paragraph(QuotaMode.Normal, "§19 ¶1", "184-192", (QuotaLevel.Republican, 15), (QuotaLevel.Other, 10)),
        Paragraph(QuotaMode.Pandemic, "§19 ¶2", "193-200", (QuotaLevel.Scientific, 50), (QuotaLevel.CityOrRegional, 30)),
        periods);

    /// <summary>The whole year 2026.</summary>
    public static QuotaPeriod Year2026(int volume) => new(D("2026-01-01"), D("2026-12-31"), volume);

    /// <summary>The whole year 2020.</summary>
    public static QuotaPeriod Year2020(int volume) => new(D("2020-01-01"), D("2020-12-31"), volume);

    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static QuotaParagraph Paragraph(QuotaMode mode, string place, string lines, params (QuotaLevel Level, int Percent)[] limits) => new(
        mode,
        AllGroups.Select(g => new QuotaGroup(g, g.ToString(), null, new SeedReference(Seed, place, lines))).ToArray(),
        limits.Select(l => new QuotaLimit(l.Level, l.Percent, new BilingualText(l.Level.ToString(), l.Level.ToString(), TextLanguage.Ru), new SeedReference(Seed, place, lines))).ToArray(),
        new SeedReference(Seed, place, lines));
}
