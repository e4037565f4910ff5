namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>
/// §42: the attachment clinic's report on the patients it follows after HTMC («есепті жылдан кейінгі бірінші тоқсанда
/// денсаулық сақтауды мемлекеттік басқарудың жергілікті органдарына есеп береді»): one row per HTMC code and provider,
/// over the cases discharged within <paramref name="Year"/>, as known on <paramref name="AsOf"/>, with the totals.
/// </summary>
public sealed record AnnualReport(int Year, DateOnly AsOf, IReadOnlyList<AnnualReportRow> Rows, OutcomeCounts Totals)
{
    /// <summary>
    /// The report of <paramref name="year"/>: the cases discharged from 1 January to 31 December of it, grouped by
    /// (code, provider) and ordered by code, then provider name and id; entries dated after <paramref name="asOf"/>
    /// are left out. A provider's name is the one of its latest discharge in the year.
    /// </summary>
    public static AnnualReport Build(IEnumerable<TreatedCase> cases, int year, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var rows = cases
            .Where(c => c.DischargedOn.Year == year)
            .GroupBy(c => (c.HtmcCode, c.ProviderId))
            .Select(g => new AnnualReportRow(
                g.Key.HtmcCode,
                g.Key.ProviderId,
                g.MaxBy(c => c.DischargedOn)!.ProviderName,
                g.Aggregate(OutcomeCounts.Zero, (sum, c) => sum + OutcomeCounts.Of(c, asOf))))
            .OrderBy(r => r.HtmcCode, StringComparer.Ordinal)
            .ThenBy(r => r.ProviderName, StringComparer.Ordinal)
            .ThenBy(r => r.ProviderId)
            .ToList();
        return new AnnualReport(year, asOf, rows, rows.Aggregate(OutcomeCounts.Zero, (sum, r) => sum + r.Counts));
    }

    /// <summary>
    /// §42: when the report of <paramref name="reportingYear"/> is due — the quarter
    /// <see cref="ReferralRules.AnnualReportQuarter"/> (the first, «бірінші тоқсанда») of the year after it:
    /// 1 January – 31 March.
    /// </summary>
    public static ReportDuePeriod DueBy(int reportingYear, ReferralRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var from = new DateOnly(reportingYear + 1, (3 * rules.AnnualReportQuarter) - 2, 1);
        return new ReportDuePeriod(from, DateOnly.FromDayNumber(from.AddMonths(3).DayNumber - 1));
    }
}
