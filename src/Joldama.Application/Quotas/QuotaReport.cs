using System.Globalization;
using System.Text;
using CsvHelper;
using Joldama.Domain.Access;

namespace Joldama.Application.Quotas;

/// <summary>
/// The quota report (seed 001 §19): per organization and period, the planned volume, the head's decisions and the limit in
/// force; and per region the sums. Within the caller's reach.
/// </summary>
public sealed class QuotaReport(QuotaService quotas)
{
    /// <summary>One region's totals: the sum over its organizations' periods.</summary>
    public sealed record RegionRow(string RegionCode, int Organizations, int PlannedVolume, int Decided, int LimitCount)
    {
        public decimal UsedPercent => PlannedVolume == 0 ? 0 : Math.Round(100m * Decided / PlannedVolume, 1);
    }

    /// <summary>The report: one row per organization's period, and the regions' totals.</summary>
    public sealed record Result(DateOnly From, DateOnly To, IReadOnlyList<QuotaPeriodView> Organizations, IReadOnlyList<RegionRow> Regions);

    /// <summary>The periods within reach that overlap [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public async Task<Result> BuildAsync(AccessScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rows = await quotas.ListAsync(scope, from, to, cancellationToken);
        var regions = rows.GroupBy(r => r.Period.RegionCode, StringComparer.Ordinal)
            .Select(g => new RegionRow(g.Key, g.Select(r => r.Period.OrganizationId).Distinct().Count(), g.Sum(r => r.Usage.PlannedVolume), g.Sum(r => r.Usage.Decided), g.Sum(r => r.Usage.LimitCount)))
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal)
            .ToList();
        return new Result(from, to, rows, regions);
    }

    /// <summary>
    /// The report as CSV (UTF-8 with BOM): one line per organization's period, then one per region (organization columns
    /// empty). <paramref name="header"/> gives each column's heading in the request's language.
    /// </summary>
    public static byte[] ToCsv(Result report, Func<string, string> header, Func<QuotaPeriodView, string> organizationName)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(organizationName);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in new[] { "region", "organization", "from", "to", "volume", "decided", "percent", "limit", "remaining", "used-percent", "mode" })
            {
                csv.WriteField(header(column));
            }

            csv.NextRecord();
            foreach (var r in report.Organizations)
            {
                Write(csv, r.Period.RegionCode, organizationName(r), r.Period.From, r.Period.To, r.Usage.PlannedVolume, r.Usage.Decided, r.Usage.Percent, r.Usage.LimitCount,
                    r.Usage.Remaining, r.UsedPercent, r.Usage.Mode.ToString());
            }

            foreach (var r in report.Regions)
            {
                Write(csv, r.RegionCode, string.Empty, report.From, report.To, r.PlannedVolume, r.Decided, null, r.LimitCount, null, r.UsedPercent, string.Empty);
            }
        }

        return stream.ToArray();
    }

    private static void Write(CsvWriter csv, string region, string organization, DateOnly from, DateOnly to, int volume, int decided, int? percent, int limit, int? remaining, decimal used, string mode)
    {
        csv.WriteField(region);
        csv.WriteField(organization);
        csv.WriteField(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        csv.WriteField(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        csv.WriteField(volume);
        csv.WriteField(decided);
        csv.WriteField(percent);
        csv.WriteField(limit);
        csv.WriteField(remaining);
        csv.WriteField(used.ToString("0.0", CultureInfo.InvariantCulture));
        csv.WriteField(mode);
        csv.NextRecord();
    }
}
