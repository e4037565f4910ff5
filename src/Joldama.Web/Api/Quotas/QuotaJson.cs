using Joldama.Application.Quotas;
using Joldama.Application.Shared;

namespace Joldama.Web.Api.Quotas;

/// <summary>A period with its usage: used (decisions so far), limit (most allowed), volume, percent (the limit's share), remaining, mode.</summary>
internal sealed record QuotaPeriodJson(
    Guid Id, Guid OrganizationId, string OrganizationNameKk, string OrganizationNameRu, string Region, DateOnly From, DateOnly To,
    int Volume, int Used, int Limit, int Percent, int Remaining, decimal UsedPercent, string Level, string Mode, DateOnly On, string SetBy)
{
    public static QuotaPeriodJson Of(QuotaPeriodView v) => new(
        v.Period.Id, v.Period.OrganizationId, v.OrganizationNameKk, v.OrganizationNameRu, v.Period.RegionCode, v.Period.From, v.Period.To,
        v.Usage.PlannedVolume, v.Usage.Decided, v.Usage.LimitCount, v.Usage.Percent, v.Usage.Remaining, v.UsedPercent,
        InputEnums.Kebab(v.Usage.Level), InputEnums.Kebab(v.Usage.Mode), v.On, v.Period.SetByName);
}

/// <summary>A decision taken, with the usage counting it.</summary>
internal sealed record QuotaDecisionJson(Guid Id, Guid PeriodId, int Number, string[] Groups, DateOnly DecidedOn, int Used, int Limit, int Volume, int Percent, int Remaining, string Mode)
{
    public static QuotaDecisionJson Of(QuotaDecided d) => new(
        d.Decision.Id, d.Decision.PeriodId, d.Decision.Number, d.Groups.Select(InputEnums.Kebab).ToArray(), d.Decision.DecidedOn,
        d.Usage.Decided, d.Usage.LimitCount, d.Usage.PlannedVolume, d.Usage.Percent, d.Usage.Remaining, InputEnums.Kebab(d.Usage.Mode));
}

/// <summary>A decision in the list: whose, why, by whom, and the figures at the moment.</summary>
internal sealed record QuotaDecisionRowJson(
    Guid Id, Guid PeriodId, Guid OrganizationId, int Number, string PatientIin, string PatientName, string[] Groups, string Indication, string? HtmcCode,
    DateOnly DecidedOn, DateTimeOffset DecidedAt, string DecidedBy, int Volume, int Limit, int Percent, string Mode)
{
    public static QuotaDecisionRowJson Of(QuotaDecisionView v) => new(
        v.Decision.Id, v.Decision.PeriodId, v.Decision.OrganizationId, v.Decision.Number, v.PatientIin, v.PatientName, v.Decision.Groups.Select(InputEnums.Kebab).ToArray(),
        v.Decision.Indication, v.Decision.HtmcCode, v.Decision.DecidedOn, v.Decision.DecidedAt, v.Decision.DecidedByName, v.Decision.PlannedVolume,
        v.Decision.LimitCount, v.Decision.Percent, InputEnums.Kebab(v.Decision.Mode));
}

/// <summary>A pandemic period; <c>source</c> is "law-data" (the data file) or "system" (the ministry's switch).</summary>
internal sealed record PandemicPeriodJson(Guid? Id, DateOnly From, DateOnly To, string Basis, string Source, string? SetBy, DateTimeOffset? SetAt)
{
    public static PandemicPeriodJson Of(PandemicPeriodView v) => new(v.Id, v.From, v.To, v.Basis, v.FromLawData ? "law-data" : "system", v.SetByName, v.SetAt);
}

/// <summary>The report: each organization's periods and each region's totals.</summary>
internal sealed record QuotaReportJson(DateOnly From, DateOnly To, QuotaPeriodJson[] Organizations, QuotaRegionJson[] Regions)
{
    public static QuotaReportJson Of(QuotaReport.Result r) => new(
        r.From, r.To, r.Organizations.Select(QuotaPeriodJson.Of).ToArray(),
        r.Regions.Select(g => new QuotaRegionJson(g.RegionCode, g.Organizations, g.PlannedVolume, g.Decided, g.LimitCount, g.UsedPercent)).ToArray());
}

/// <summary>A region's totals over its organizations' periods.</summary>
internal sealed record QuotaRegionJson(string Region, int Organizations, int Volume, int Used, int Limit, decimal UsedPercent);
