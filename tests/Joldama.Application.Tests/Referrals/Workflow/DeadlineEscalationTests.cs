using Joldama.Application.Referrals.Workflow;
using Joldama.Application.Referrals.Worklists;
using Joldama.Data;
using Joldama.Domain.Referrals;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using static Joldama.Application.Tests.Referrals.Workflow.ReferralDriver;

namespace Joldama.Application.Tests.Referrals.Workflow;

/// <summary>§35.1's two working days across a weekend, a holiday and its transferred day off; the job escalates a miss once.</summary>
public sealed class DeadlineEscalationTests
{
    // Friday 23 October 2026; Sunday 25 October is Republic Day, moved to Monday 26 October.
    private static readonly DateOnly Friday = new(2026, 10, 23);

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task CommissionMissesItsTwoWorkingDays_DueAfterTheTransferredDayOff_EscalatedOnceToTheDepartment(DatabaseProvider provider)
    {
        await using var world = await ReferralWorld.CreateAsync(provider, Friday);
        var draft = await DraftAsync(world, world.Clinic, await PatientAsync(world, world.Clinic));
        var sent = Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit")));
        Assert.Equal(new DateOnly(2026, 10, 28), sent.DueOn); // Sat, Sun (holiday), Mon (moved day off) skipped: Tue 27, Wed 28

        world.SetDate(new DateOnly(2026, 10, 28));
        Assert.Equal(DueState.DueToday, (await QueueAsync(world)).Due);
        await using (var s = world.Open())
        {
            Assert.Equal(0, await s.Escalation.RunOnceAsync());
        }

        world.SetDate(new DateOnly(2026, 10, 29));
        Assert.Equal(DueState.Overdue, (await QueueAsync(world)).Due);
        var passes = provider == DatabaseProvider.Postgres
            ? await Task.WhenAll(RunAsync(world), RunAsync(world), RunAsync(world)) // several instances at once: SKIP LOCKED
            : [await RunAsync(world)];
        Assert.Equal(1, passes.Sum());
        Assert.Equal(0, await RunAsync(world));

        await using (var s = world.Open())
        {
            var escalation = await s.Db.ReferralEscalations.SingleAsync();
            Assert.Equal((draft.Id, ReferralDeadline.CommissionReview, new DateOnly(2026, 10, 28), world.Commission.Organization),
                (escalation.CaseId, escalation.Deadline, escalation.DueOn, escalation.OrganizationId));
            Assert.Single(await s.Worklist.Escalations(world.Commission.Scope).ToListAsync());
            Assert.Empty(await s.Worklist.Escalations(world.OtherCommission.Scope).ToListAsync());
            Assert.True((await QueueAsync(world)).Escalated);
        }

        // The decision, late, ends the escalated deadline; the provider's own starts clean.
        var current = (await QueueAsync(world)).Version;
        Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("approve", ProtocolNumber: "П-3"), current));
        var registered = Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("register")));
        Assert.Equal((ReferralDeadline.ProviderReview, (DateTimeOffset?)null, new DateOnly(2026, 11, 2)), (registered.Deadline!.Value, registered.EscalatedAt, registered.DueOn!.Value));
    }

    private static async Task<int> RunAsync(ReferralWorld world)
    {
        await using var s = world.Open();
        return await s.Escalation.RunOnceAsync();
    }

    private static async Task<WorklistRow> QueueAsync(ReferralWorld world)
    {
        await using var s = world.Open();
        var rows = Ok(await s.Worklist.SearchAsync(world.Commission.Scope, new ReferralSearch(Open: true), world.Commission.Actor));
        return Assert.Single(rows);
    }
}
