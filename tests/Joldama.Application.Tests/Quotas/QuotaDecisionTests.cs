using Joldama.Application.Quotas;
using Joldama.Data;
using Joldama.Domain.Audit;
using Joldama.Domain.Quotas;
using Joldama.Domain.Shared;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Tests.Quotas;

/// <summary>
/// Seed 001 §19 on a real database: the head's decisions reach the limit exactly and one more is refused with the figures —
/// 15 % for a republican organization, 10 % for another, 50 % / 30 % in a pandemic period; a patient of no group is refused;
/// concurrent decisions never pass the limit.
/// </summary>
public sealed class QuotaDecisionTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Republican_Volume100_FifteenDecisionsPass_SixteenthRefusedWithFigures(DatabaseProvider provider)
    {
        await using var world = await QuotaWorld.CreateAsync(provider);
        var period = Ok(await world.SetYearAsync(world.RepublicanHead, 100));
        Assert.Equal((15, 15, QuotaLevel.Republican, QuotaMode.Normal), (period.Usage.LimitCount, period.Usage.Percent, period.Usage.Level, period.Usage.Mode));

        await AssertLimitAsync(world, world.RepublicanHead, limit: 15, volume: 100, percent: 15);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Regional_Volume100_TenDecisionsPass_EleventhRefusedWithFigures(DatabaseProvider provider)
    {
        await using var world = await QuotaWorld.CreateAsync(provider);
        Ok(await world.SetYearAsync(world.RegionalHead, 100));

        await AssertLimitAsync(world, world.RegionalHead, limit: 10, volume: 100, percent: 10);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task PandemicPeriodDeclared_Scientific50_CityOrRegional30_RepublicanKeeps15(DatabaseProvider provider)
    {
        await using var world = await QuotaWorld.CreateAsync(provider);
        foreach (var head in new[] { world.ScientificHead, world.RegionalHead, world.RepublicanHead })
        {
            Ok(await world.SetYearAsync(head, 20));
        }

        await using (var s = world.Open())
        {
            Ok(await s.Modes.AddAsync(world.Ministry.Scope, new PandemicPeriodInput("2026-06-01", "2026-06-30", "Указ о чрезвычайном положении (тест)"), world.Ministry.Actor));
        }

        await AssertLimitAsync(world, world.ScientificHead, limit: 10, volume: 20, percent: 50);
        await AssertLimitAsync(world, world.RegionalHead, limit: 6, volume: 20, percent: 30);
        await AssertLimitAsync(world, world.RepublicanHead, limit: 3, volume: 20, percent: 15);

        // The day after the pandemic period the normal paragraph is back: 10 % of 20 is 2, and 6 are already taken.
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 7, 0, 0, TimeSpan.Zero));
        var after = Assert.IsType<QuotaExceeded>((await world.DecideAsync(world.RegionalHead)).Error);
        Assert.Equal((6, 2, 20, 10), (after.Used, after.Limit, after.Volume, after.Percent));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Periods_OverlappingRefused_AdjacentAccepted_PandemicOverlapRefused(DatabaseProvider provider)
    {
        await using var world = await QuotaWorld.CreateAsync(provider);
        var head = world.RegionalHead;
        await using var s = world.Open();
        Ok(await s.Quotas.SetPeriodAsync(head.Scope, new QuotaPeriodInput("2026-01-01", "2026-06-30", 50), head.Actor));

        var overlap = await s.Quotas.SetPeriodAsync(head.Scope, new QuotaPeriodInput("2026-06-30", "2026-12-31", 50), head.Actor);
        var adjacent = await s.Quotas.SetPeriodAsync(head.Scope, new QuotaPeriodInput("2026-07-01", "2026-12-31", 60), head.Actor);
        var otherOrganization = await s.Quotas.SetPeriodAsync(world.ScientificHead.Scope, new QuotaPeriodInput("2026-01-01", "2026-12-31", 10), world.ScientificHead.Actor);
        var backwards = await s.Quotas.SetPeriodAsync(head.Scope, new QuotaPeriodInput("2027-02-01", "2027-01-01", 10), head.Actor);
        var zero = await s.Quotas.SetPeriodAsync(head.Scope, new QuotaPeriodInput("2027-01-01", "2027-12-31", 0), head.Actor);

        Assert.Equal(("quota.period_overlaps", "2026-01-01"), (overlap.Error!.Code, overlap.Error.Args["from"]));
        Assert.False(adjacent.IsError);
        Assert.False(otherOrganization.IsError);
        Assert.Equal(("input.invalid", "to"), (backwards.Error!.Code, backwards.Error.Args["field"]));
        Assert.Equal(("input.invalid", "plannedVolume"), (zero.Error!.Code, zero.Error.Args["field"]));
        Assert.Equal(2, await s.Db.QuotaPeriods.CountAsync(p => p.OrganizationId == head.Scope.OrganizationId));

        Ok(await s.Modes.AddAsync(world.Ministry.Scope, new PandemicPeriodInput("2026-03-01", "2026-05-31", "Акт 1"), world.Ministry.Actor));
        var pandemicOverlap = await s.Modes.AddAsync(world.Ministry.Scope, new PandemicPeriodInput("2026-05-31", "2026-08-31", "Акт 2"), world.Ministry.Actor);
        Assert.Equal(("quota.pandemic_overlaps", "2026-03-01"), (pandemicOverlap.Error!.Code, pandemicOverlap.Error.Args["from"]));
        Assert.Single(await s.Modes.ListAsync());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task PatientOfNoGroup_Refused_NothingCounted_Audited(DatabaseProvider provider)
    {
        await using var world = await QuotaWorld.CreateAsync(provider);
        Ok(await world.SetYearAsync(world.RegionalHead, 100));

        var refused = await world.DecideAsync(world.RegionalHead, QuotaWorld.OtherIin);
        var unknown = await world.DecideAsync(world.RegionalHead, "811201401188");

        Assert.Equal("quota.group_not_eligible", refused.Error!.Code);
        Assert.Equal("patient.not_found", unknown.Error!.Code);
        await using var s = world.Open();
        Assert.Equal(0, (await s.Db.QuotaPeriods.SingleAsync()).DecidedCount);
        Assert.Empty(await s.Db.QuotaDecisions.ToListAsync());
        var audit = await s.Db.AuditRecords.Where(a => a.Action == "quota.decide").ToListAsync();
        Assert.Equal([AuditOutcome.Denied, AuditOutcome.Denied], audit.Select(a => a.Outcome));
        Assert.Contains(audit, a => a.PatientIin == QuotaWorld.OtherIin);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task NoPeriodForToday_RefusedNoPlannedVolume(DatabaseProvider provider)
    {
        await using var world = await QuotaWorld.CreateAsync(provider);
        await using (var s = world.Open())
        {
            Ok(await s.Quotas.SetPeriodAsync(world.RegionalHead.Scope, new QuotaPeriodInput("2025-01-01", "2025-12-31", 100), world.RegionalHead.Actor));
        }

        var refused = await world.DecideAsync(world.RegionalHead);

        Assert.Equal(("quota.no_planned_volume", "2026-06-15"), (refused.Error!.Code, refused.Error.Args["on"]));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task ConcurrentDecisions_NeverPassTheLimit(DatabaseProvider provider)
    {
        await using var world = await QuotaWorld.CreateAsync(provider);
        Ok(await world.SetYearAsync(world.RegionalHead, 40)); // 10 % of 40: four decisions

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => world.DecideAsync(world.RegionalHead))));

        Assert.Equal(4, results.Count(r => !r.IsError));
        Assert.All(results.Where(r => r.IsError), r => Assert.Equal((4, 4), (((QuotaExceeded)r.Error!).Used, ((QuotaExceeded)r.Error!).Limit)));
        await using var s = world.Open();
        Assert.Equal(4, (await s.Db.QuotaPeriods.SingleAsync()).DecidedCount);
        Assert.Equal([1, 2, 3, 4], (await s.Db.QuotaDecisions.Select(d => d.Number).ToListAsync()).Order());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task ReportAndDecisions_ScopedByReach_RegionTotals(DatabaseProvider provider)
    {
        await using var world = await QuotaWorld.CreateAsync(provider);
        Ok(await world.SetYearAsync(world.RegionalHead, 100));
        Ok(await world.SetYearAsync(world.ScientificHead, 50));
        Ok(await world.SetYearAsync(world.RepublicanHead, 200));
        Ok(await world.DecideAsync(world.RegionalHead));
        Ok(await world.DecideAsync(world.ScientificHead));
        Ok(await world.DecideAsync(world.RepublicanHead));
        var year = (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        await using var s = world.Open();

        var analyst = await s.Report.BuildAsync(world.Analyst.Scope, year.Item1, year.Item2);
        var ministry = await s.Report.BuildAsync(world.Ministry.Scope, year.Item1, year.Item2);
        var other = await s.Report.BuildAsync(world.OtherAnalyst.Scope, year.Item1, year.Item2);
        var head = await s.Decisions.ListAsync(world.RegionalHead.Scope, null, world.RegionalHead.Actor);

        var karaganda = Assert.Single(analyst.Regions);
        Assert.Equal(("karaganda", 2, 150, 2, 15), (karaganda.RegionCode, karaganda.Organizations, karaganda.PlannedVolume, karaganda.Decided, karaganda.LimitCount));
        Assert.Equal(["astana", "karaganda"], ministry.Regions.Select(r => r.RegionCode));
        Assert.Equal(3, ministry.Organizations.Count);
        Assert.Empty(other.Organizations);
        var own = Assert.Single(head);
        Assert.Equal((QuotaWorld.PensionerIin, "Pensioner", 10, 100), (own.PatientIin, string.Join(",", own.Decision.Groups), own.Decision.LimitCount, own.Decision.PlannedVolume));
        var csv = System.Text.Encoding.UTF8.GetString(QuotaReport.ToCsv(analyst, c => c, _ => "org"));
        Assert.Contains("karaganda,,2026-01-01,2026-12-31,150,2,,15,,1.3,", csv, StringComparison.Ordinal);
    }

    /// <summary>Decides until the limit: every decision up to it passes with its number, the next is refused with the figures and changes nothing.</summary>
    private static async Task AssertLimitAsync(QuotaWorld world, QuotaWorld.Party head, int limit, int volume, int percent)
    {
        for (var i = 1; i <= limit; i++)
        {
            var decided = Ok(await world.DecideAsync(head));
            Assert.Equal((i, limit, percent, limit - i), (decided.Decision.Number, decided.Usage.LimitCount, decided.Usage.Percent, decided.Usage.Remaining));
        }

        var refused = await world.DecideAsync(head);

        var exceeded = Assert.IsType<QuotaExceeded>(refused.Error);
        Assert.Equal((limit, limit, volume, percent), (exceeded.Used, exceeded.Limit, exceeded.Volume, exceeded.Percent));
        await using var s = world.Open();
        Assert.Equal(limit, (await s.Db.QuotaPeriods.SingleAsync(p => p.OrganizationId == head.Scope.OrganizationId)).DecidedCount);
        Assert.Equal(limit, await s.Db.QuotaDecisions.CountAsync(d => d.OrganizationId == head.Scope.OrganizationId));
    }

    private static T Ok<T>(Result<T> result) => result.IsError ? throw new Xunit.Sdk.XunitException($"{result.Error!.Code}: {result.Error.Message}") : result.Value;
}
