using Joldama.Application.Referrals.Reports;
using Joldama.Domain.Referrals.FollowUp;

namespace Joldama.Web.Api.Referrals;

/// <summary>The §42 annual report: the region, the year, as of which day, the rows per code and provider, the totals, and when it is due.</summary>
internal sealed record AnnualReportJson(
    int Year, string Region, DateOnly AsOf, AnnualReportRowJson[] Rows, OutcomeCountsJson Totals, DateOnly DueFrom, DateOnly DueTo)
{
    public static AnnualReportJson From(AnnualReportService.Built built, string region) =>
        new(built.Report.Year, region, built.Report.AsOf,
            [.. built.Report.Rows.Select(r => new AnnualReportRowJson(r.HtmcCode, r.ProviderId, r.ProviderName, OutcomeCountsJson.From(r.Counts)))],
            OutcomeCountsJson.From(built.Report.Totals), built.Due.From, built.Due.To);
}

internal sealed record AnnualReportRowJson(string HtmcCode, Guid ProviderId, string ProviderName, OutcomeCountsJson Counts);

/// <summary>The §42 figures; a percentage is null when undefined (no cases, or no one-year outcome known).</summary>
internal sealed record OutcomeCountsJson(
    int Cases, int WithComplications, int WithDisability, int Deaths, decimal? MortalityPercent,
    int SurvivedOneYear, int OneYearKnown, int OneYearUnknown, decimal? SurvivalPercent)
{
    public static OutcomeCountsJson From(OutcomeCounts c) =>
        new(c.Cases, c.WithComplications, c.WithDisability, c.Deaths, c.MortalityPercent, c.SurvivedOneYear, c.OneYearKnown, c.OneYearUnknown, c.SurvivalPercent);
}
