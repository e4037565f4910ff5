using System.Globalization;
using System.Resources;
using Joldama.Application.Conformity.Printing;

namespace Joldama.Application.Referrals.Reports;

/// <summary>The texts of the annual report (<c>report.annual.*</c> in SharedResource.{kk,ru}.resx) in one language, whatever the request's.</summary>
internal sealed class AnnualReportText(PrintLanguage language)
{
    private static readonly ResourceManager Resources = new("Joldama.Application.Resources.SharedResource", typeof(SharedResource).Assembly);

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(language == PrintLanguage.Kk ? "kk-KZ" : "ru-KZ");

    /// <summary>The column titles, in the order of <see cref="AnnualReportColumns.Cells"/>.</summary>
    public IReadOnlyList<string> Header =>
    [
        this["code"], this["provider"], this["cases"], this["complications"], this["disability"], this["deaths"],
        this["mortality_percent"], this["survived"], this["survival_known"], this["survival_percent"], this["survival_unknown"],
    ];

    public string Sheet => this["sheet"];

    public string Total => this["total"];

    public string this[string key] =>
        Resources.GetString("report.annual." + key, Culture) ?? throw new InvalidOperationException($"SharedResource has no report.annual.{key}.");

    public string Title(string region, int year) =>
        this["title"].Replace("{region}", region, StringComparison.Ordinal).Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public string AsOf(DateOnly date) =>
        this["as_of"].Replace("{date}", date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
