using Joldama.Application.Abroad.Workflow;
using Joldama.Domain.Abroad;
using Joldama.Data;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using static Joldama.Application.Tests.Abroad.AbroadDriver;

namespace Joldama.Application.Tests.Abroad;

/// <summary>The commission's calendar (monthly and extraordinary sessions), missed step deadlines, reach and concurrency.</summary>
public sealed class AbroadSessionAndEscalationTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task An_extraordinary_session_takes_the_continuation_of_treatment_and_leaves_the_others_for_the_monthly_one(DatabaseProvider provider)
    {
        await using var world = await AbroadWorld.CreateAsync(provider, Monday);
        var regular = await AbroadSchemeTests.ToStepAsync(world, await PatientAsync(world), 8);
        var continuation = await AbroadSchemeTests.ToStepAsync(world, await PatientAsync(world, ChildIin), 8, continuation: true);
        await using var s = world.Open();
        var monthly = Ok(await s.Sessions.ScheduleAsync(world.WorkingBody.Scope, "2026-11-26", "regular", null, world.WorkingBody.Actor));
        Assert.Equal(monthly.Id, (await s.AbroadCase(regular)).SessionId);
        Assert.Equal(monthly.Id, (await s.AbroadCase(continuation)).SessionId);

        Assert.Equal("abroad.session_reason_required", (await s.Sessions.ScheduleAsync(world.Commission.Scope, "2026-11-10", "extraordinary", " ", world.Commission.Actor)).Error!.Code);
        Assert.Equal("abroad.session_not_working_day", (await s.Sessions.ScheduleAsync(world.Commission.Scope, "2026-11-08", "extraordinary", "x", world.Commission.Actor)).Error!.Code);
        Assert.Equal("abroad.session_in_past", (await s.Sessions.ScheduleAsync(world.Commission.Scope, "2026-10-30", "extraordinary", "x", world.Commission.Actor)).Error!.Code);
        var extraordinary = Ok(await s.Sessions.ScheduleAsync(world.Commission.Scope, "2026-11-10", "extraordinary", "Продолжение химиотерапии", world.Commission.Actor));
        s.Db.ChangeTracker.Clear();
        Assert.Equal(monthly.Id, (await s.AbroadCase(regular)).SessionId);
        var moved = await s.AbroadCase(continuation);
        Assert.Equal((extraordinary.Id, new DateOnly(2026, 11, 17)), (moved.SessionId!.Value, moved.DueOn!.Value));
        Assert.Equal("abroad.session_not_found", (await s.Sessions.AgendaAsync(world.Clinic.Scope, monthly.Id, world.Clinic.Actor)).Error!.Code);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task A_missed_step_deadline_is_escalated_once_to_the_party_of_the_step(DatabaseProvider provider)
    {
        await using var world = await AbroadWorld.CreateAsync(provider, Monday);
        var id = await AbroadSchemeTests.ToStepAsync(world, await PatientAsync(world), 2); // the health department's 3 working days: due Thu 5 Nov
        await using (var s = world.Open())
        {
            world.SetDate(new DateOnly(2026, 11, 5));
            Assert.Equal(0, await s.Escalation.RunOnceAsync());
            world.SetDate(new DateOnly(2026, 11, 6));
            Assert.Equal(1, await s.Escalation.RunOnceAsync());
            Assert.Equal(0, await s.Escalation.RunOnceAsync());
            var escalation = await s.Db.AbroadEscalations.SingleAsync();
            Assert.Equal((id, 2, new DateOnly(2026, 11, 5), world.Department.Organization), (escalation.CaseId, escalation.Step, escalation.DueOn, escalation.OrganizationId));
        }

        // The step taken late starts the next term afresh; its own miss is a new escalation.
        await UploadAsync(world, world.Department, id, AbroadDocument.Petition, AbroadDocument.MedicalConclusion);
        var atThree = await StepOkAsync(world, world.Department, id, 2);
        Assert.Equal((3, new DateOnly(2026, 11, 12), (DateTimeOffset?)null), (atThree.CurrentStep, atThree.DueOn!.Value, atThree.EscalatedAt));
        await using (var s = world.Open())
        {
            Assert.Equal("completed", (await s.Db.AbroadSteps.SingleAsync(x => x.CaseId == id && x.Step == 2)).Outcome);
        }
    }

    [PostgresFact]
    public async Task Concurrent_escalation_passes_on_PostgreSQL_escalate_each_miss_once()
    {
        await using var world = await AbroadWorld.CreateAsync(DatabaseProvider.Postgres, Monday);
        for (var i = 0; i < 3; i++)
        {
            await AbroadSchemeTests.ToStepAsync(world, await PatientAsync(world), 2);
        }

        world.SetDate(new DateOnly(2026, 11, 9));
        var passes = Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var s = world.Open();
            return await s.Escalation.RunOnceAsync();
        });
        Assert.Equal(3, (await Task.WhenAll(passes)).Sum());
        await using var check = world.Open();
        Assert.Equal(3, await check.Db.AbroadEscalations.CountAsync());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Reach_stale_steps_and_concurrent_completions_are_refused_without_writing(DatabaseProvider provider)
    {
        await using var world = await AbroadWorld.CreateAsync(provider, Monday);
        var id = await AbroadSchemeTests.ToStepAsync(world, await PatientAsync(world), 3);
        await using (var s = world.Open())
        {
            Assert.Equal("abroad.case_not_found", (await s.Cases.GetAsync(world.OtherClinic.Scope, id, world.OtherClinic.Actor)).Error!.Code);
            var stale = await s.Steps.CompleteAsync(world.WorkingBody.Scope, id, new AbroadStepInput { Step = 3 }, expectedVersion: 0, world.WorkingBody.Actor);
            Assert.Equal("abroad.changed_meanwhile", stale.Error!.Code);
        }

        var racers = Enumerable.Range(0, 2).Select(_ => CompleteAsync(world, world.WorkingBody, id, 3));
        var results = await Task.WhenAll(racers);
        Assert.Single(results, r => !r.IsError);
        Assert.All(results.Where(r => r.IsError), r => Assert.Contains(r.Error!.Code, new[] { "abroad.changed_meanwhile", "abroad.step_not_current" }));
        await using var check = world.Open();
        Assert.Equal(1, await check.Db.AbroadSteps.CountAsync(x => x.CaseId == id && x.Step == 3));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task An_applicant_who_is_not_eligible_is_refused_with_the_seed_place_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var world = await AbroadWorld.CreateAsync(provider, Monday);
        var patient = await PatientAsync(world);
        await using var s = world.Open();
        var selfArranged = await s.Cases.CreateAsync(world.Clinic.Scope, Citizen() with { PatientId = patient, SelfArranged = true }, world.Clinic.Actor);
        Assert.Equal("abroad.self_arranged", selfArranged.Error!.Code);
        var adultAsChild = await s.Cases.CreateAsync(world.Clinic.Scope, Citizen() with { PatientId = patient, Category = "child" }, world.Clinic.Actor);
        Assert.Equal("abroad.child_too_old", adultAsChild.Error!.Code);
        var foreign = await s.Cases.CreateAsync(world.OtherClinic.Scope, Citizen() with { PatientId = patient }, world.OtherClinic.Actor);
        Assert.Equal("referral.patient_not_attached", foreign.Error!.Code);
        Assert.Equal(0, await s.Db.AbroadCases.CountAsync());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Offers_take_only_real_currencies_countries_and_amounts(DatabaseProvider provider)
    {
        await using var world = await AbroadWorld.CreateAsync(provider, Monday);
        var id = await AbroadSchemeTests.ToStepAsync(world, await PatientAsync(world), 5);
        await using var s = world.Open();
        Assert.Equal("country", Assert.IsType<Shared.InputInvalid>((await s.Offers.RequestAsync(world.WorkingBody.Scope, id, "Clinic", "ZZ", world.WorkingBody.Actor)).Error).Field);
        Assert.Equal("abroad.step_not_permitted", (await s.Offers.RequestAsync(world.ChiefSpecialist.Scope, id, "Clinic", "DE", world.ChiefSpecialist.Actor)).Error!.Code);
        var offer = Ok(await s.Offers.RequestAsync(world.WorkingBody.Scope, id, "Clinic", "IL", world.WorkingBody.Actor));
        Assert.Equal("currency", Assert.IsType<Shared.InputInvalid>((await s.Offers.AnswerAsync(world.WorkingBody.Scope, id, offer.Id, "p", "XYZ", 10m, false, world.WorkingBody.Actor)).Error).Field);
        Assert.Equal("amount", Assert.IsType<Shared.InputInvalid>((await s.Offers.AnswerAsync(world.WorkingBody.Scope, id, offer.Id, "p", "ILS", -5m, false, world.WorkingBody.Actor)).Error).Field);
        Assert.Equal("amount", Assert.IsType<Shared.InputInvalid>((await s.Offers.AnswerAsync(world.WorkingBody.Scope, id, offer.Id, "p", "ILS", 10.005m, false, world.WorkingBody.Actor)).Error).Field);
        Ok(await s.Offers.AnswerAsync(world.WorkingBody.Scope, id, offer.Id, "p", "ils", 10.5m, false, world.WorkingBody.Actor));
        Assert.Equal(("ILS", 10.5m), ((await s.Db.AbroadOffers.AsNoTracking().SingleAsync(o => o.Id == offer.Id)).Currency, (await s.Db.AbroadOffers.AsNoTracking().SingleAsync(o => o.Id == offer.Id)).Amount!.Value));
    }
}
