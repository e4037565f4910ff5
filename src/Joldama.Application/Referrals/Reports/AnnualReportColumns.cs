using Joldama.Domain.Referrals.FollowUp;

namespace Joldama.Application.Referrals.Reports;

/// <summary>The one column layout the CSV and the XLSX share: a text, a whole number, or a percentage (null when undefined).</summary>
internal static class AnnualReportColumns
{
    public static IReadOnlyList<object?> Cells(string code, string provider, OutcomeCounts counts) =>
    [
        code, provider, counts.Cases, counts.WithComplications, counts.WithDisability, counts.Deaths,
        counts.MortalityPercent, counts.SurvivedOneYear, counts.OneYearKnown, counts.SurvivalPercent, counts.OneYearUnknown,
    ];

    /// <summary>The data rows, then the totals row (its label in the code column).</summary>
    public static IEnumerable<(IReadOnlyList<object?> Cells, bool IsTotal)> Rows(AnnualReport report, string totalLabel)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var row in report.Rows)
        {
            yield return (Cells(row.HtmcCode, row.ProviderName, row.Counts), false);
        }

        yield return (Cells(totalLabel, string.Empty, report.Totals), true);
    }
}
