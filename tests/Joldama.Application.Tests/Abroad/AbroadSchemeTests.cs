using Joldama.Application.Abroad.Cases;
using Joldama.Application.Abroad.Workflow;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Notifications;
using Joldama.Data;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using static Joldama.Application.Tests.Abroad.AbroadDriver;

namespace Joldama.Application.Tests.Abroad;

/// <summary>Both schemes of order No. 544 (seed 003) from the application to the contract, on SQLite and PostgreSQL, on a controllable clock.</summary>
public sealed class AbroadSchemeTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Current_scheme_runs_from_the_application_to_the_contract_waiting_for_the_monthly_session(DatabaseProvider provider)
    {
        await using var world = await AbroadWorld.CreateAsync(provider, Monday);
        var patient = await PatientAsync(world);
        var opened = await OpenAsync(world, patient);
        Assert.Equal(("current", 1, new DateOnly(2026, 11, 3)), (opened.SchemeId, opened.CurrentStep, opened.DueOn!.Value)); // step 1: 1 working day

        // Step 1: the clinic sends the ID copy and the extract; not without them.
        var incomplete = await CompleteAsync(world, world.Clinic, opened.Id, 1);
        var missing = Assert.IsType<AbroadStepIncomplete>(incomplete.Error);
        Assert.Equal([AbroadDocument.IdCopy, AbroadDocument.MedicalRecordExtract], missing.MissingDocuments);
        await UploadAsync(world, world.Clinic, opened.Id, AbroadDocument.IdCopy, AbroadDocument.MedicalRecordExtract);
        var atTwo = await StepOkAsync(world, world.Clinic, opened.Id, 1);
        Assert.Equal((2, new DateOnly(2026, 11, 5)), (atTwo.CurrentStep, atTwo.DueOn!.Value)); // 3 working days

        // Step 2: the health department's petition; the working body also needs seed 004's medical conclusion.
        Assert.Equal("abroad.step_not_permitted", (await CompleteAsync(world, world.ChiefSpecialist, opened.Id, 2)).Error!.Code);
        await UploadAsync(world, world.Department, opened.Id, AbroadDocument.Petition);
        var lacksConclusion = Assert.IsType<AbroadStepIncomplete>((await CompleteAsync(world, world.Department, opened.Id, 2)).Error);
        Assert.Equal([AbroadDocument.MedicalConclusion], lacksConclusion.MissingDocuments);
        await UploadAsync(world, world.Department, opened.Id, AbroadDocument.MedicalConclusion);
        Assert.Equal(new DateOnly(2026, 11, 6), (await StepOkAsync(world, world.Department, opened.Id, 2)).DueOn); // step 3: 4 working days

        // Steps 3-4: the working body sends the package, the chief specialist concludes on expediency.
        Assert.Equal("abroad.step_not_current", (await CompleteAsync(world, world.WorkingBody, opened.Id, 4)).Error!.Code);
        await StepOkAsync(world, world.WorkingBody, opened.Id, 3);
        await UploadAsync(world, world.ChiefSpecialist, opened.Id, AbroadDocument.ExpediencyConclusion);
        var noVerdict = Assert.IsType<AbroadStepIncomplete>((await CompleteAsync(world, world.ChiefSpecialist, opened.Id, 4)).Error);
        Assert.Equal([AbroadRequirement.ExpediencyVerdict], noVerdict.Missing);
        await StepOkAsync(world, world.ChiefSpecialist, opened.Id, 4, new AbroadStepInput { Expedient = true });

        // Steps 5-6: requests to three clinics; two answer with a price, one declines.
        var germany = await OfferAsync(world, opened.Id, "Universitätsklinikum Heidelberg", "de", null, null);
        var korea = await OfferAsync(world, opened.Id, "Samsung Medical Center", "KR", null, null);
        var turkey = await OfferAsync(world, opened.Id, "Acıbadem", "TR", null, null);
        Assert.Equal(new DateOnly(2026, 11, 23), (await StepOkAsync(world, world.WorkingBody, opened.Id, 5)).DueOn); // step 6: 15 working days
        await using (var s = world.Open())
        {
            Ok(await s.Offers.AnswerAsync(world.WorkingBody.Scope, opened.Id, germany.Id, "Радиохирургия гамма-ножом", "eur", 45_000m, false, world.WorkingBody.Actor));
            Ok(await s.Offers.AnswerAsync(world.WorkingBody.Scope, opened.Id, korea.Id, "Радиохирургия кибер-ножом", "USD", 38_000.50m, false, world.WorkingBody.Actor));
            Ok(await s.Offers.AnswerAsync(world.WorkingBody.Scope, opened.Id, turkey.Id, null, null, null, true, world.WorkingBody.Actor));
        }

        await StepOkAsync(world, world.WorkingBody, opened.Id, 6);

        // Step 7: the list goes to the commission; no session is scheduled, so the case waits without a due date.
        var waiting = await StepOkAsync(world, world.WorkingBody, opened.Id, 7);
        Assert.Equal((8, (Guid?)null, (DateOnly?)null), (waiting.CurrentStep, waiting.SessionId, waiting.DueOn));

        // The monthly session is scheduled: the waiting case goes on its agenda; the commission's 5 days run from it.
        Guid sessionId;
        await using (var s = world.Open())
        {
            sessionId = Ok(await s.Sessions.ScheduleAsync(world.WorkingBody.Scope, "2026-11-25", "regular", null, world.WorkingBody.Actor)).Id;
            Assert.Equal("abroad.session_month_taken", (await s.Sessions.ScheduleAsync(world.Commission.Scope, "2026-11-27", "regular", null, world.Commission.Actor)).Error!.Code);
            var (_, items) = Ok(await s.Sessions.AgendaAsync(world.Commission.Scope, sessionId, world.Commission.Actor));
            var item = Assert.Single(items);
            Assert.Equal(opened.Id, item.Case.Id);
            Assert.Equal(["EUR 45000.00", "USD 38000.50", "-"], item.Offers.Select(o => o.Amount is { } a ? $"{o.Currency} {a:0.00}" : "-"));
        }

        await using (var s = world.Open())
        {
            var onAgenda = await s.AbroadCase(opened.Id);
            Assert.Equal((sessionId, new DateOnly(2026, 12, 2)), (onAgenda.SessionId!.Value, onAgenda.DueOn!.Value));
        }

        // Before the session the commission cannot select; at the session, only an answered offer agreed with the patient.
        var select = new AbroadStepInput { OfferId = germany.Id, PatientAgreed = true, ProtocolNumber = "П-11/2026" };
        var early = Assert.IsType<AbroadStepIncomplete>((await CompleteAsync(world, world.Commission, opened.Id, 8, select)).Error);
        Assert.Equal([AbroadRequirement.SessionHeld], early.Missing);
        world.SetDate(new DateOnly(2026, 11, 25));
        Assert.Equal("abroad.patient_agreement_required", (await CompleteAsync(world, world.Commission, opened.Id, 8, select with { PatientAgreed = false })).Error!.Code);
        Assert.Equal("abroad.offer_not_answered", (await CompleteAsync(world, world.Commission, opened.Id, 8, select with { OfferId = turkey.Id })).Error!.Code);
        var selected = await StepOkAsync(world, world.Commission, opened.Id, 8, select);
        Assert.Equal((9, germany.Id, new DateOnly(2026, 12, 9)), (selected.CurrentStep, selected.SelectedOfferId!.Value, selected.DueOn!.Value)); // 10 working days

        // Step 9: the contract, in the offer's currency unless stated.
        var noContract = await CompleteAsync(world, world.WorkingBody, opened.Id, 9);
        Assert.Equal("contractNumber", Assert.IsType<Shared.InputInvalid>(noContract.Error).Field);
        await UploadAsync(world, world.WorkingBody, opened.Id, AbroadDocument.Contract);
        var contracted = await StepOkAsync(world, world.WorkingBody, opened.Id, 9, new AbroadStepInput
        {
            ContractNumber = "Д-2026/118", ContractDate = "2026-11-30", ContractAmount = 45_000m,
        });
        Assert.Equal((AbroadCaseStatus.Contracted, "EUR", (DateOnly?)null), (contracted.Status, contracted.ContractCurrency, contracted.DueOn));
        Assert.Equal("abroad.case_closed", (await CompleteAsync(world, world.WorkingBody, opened.Id, 9)).Error!.Code);

        await using (var s = world.Open())
        {
            Assert.Equal(9, await s.Db.AbroadSteps.CountAsync(x => x.CaseId == opened.Id && x.Outcome == "completed"));
            var topics = await s.Db.OutboxMessages.Where(m => m.PatientId == patient && m.Channel == NotificationChannel.Cabinet).OrderBy(m => m.CreatedAt)
                .Select(m => m.Topic).ToListAsync();
            Assert.Equal(["abroad.opened", "abroad.on-agenda", "abroad.selected", "abroad.contracted"], topics);
            Assert.Equal(2, await s.Db.OutboxMessages.CountAsync(m => m.PatientId == patient && m.Channel == NotificationChannel.Sms));
            Assert.True(await s.Db.AuditRecords.CountAsync(a => a.Action.StartsWith("abroad.step-")) >= 9);
        }
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Proposed_scheme_runs_through_the_institute_and_needs_the_accompanying_person_of_a_child(DatabaseProvider provider)
    {
        await using var world = await AbroadWorld.CreateAsync(provider, Monday, "proposed");
        var patient = await PatientAsync(world, ChildIin);
        await using (var s = world.Open())
        {
            var noInstitute = await s.Cases.CreateAsync(world.Clinic.Scope, new NewAbroadCaseInput { PatientId = patient, Category = "child", IndicationsConfirmed = true, Diagnosis = "Q28.2" }, world.Clinic.Actor);
            Assert.Equal("instituteOrganizationId", Assert.IsType<Shared.InputInvalid>(noInstitute.Error).Field);
        }

        var opened = await OpenAsync(world, patient, new NewAbroadCaseInput
        {
            Category = "child", IndicationsConfirmed = true, Diagnosis = "Q28.2 Артериовенозный порок сосудов мозга", InstituteOrganizationId = world.Institute.Organization,
        });
        Assert.Equal(("proposed", AbroadEligibilityBasis.ChildWithIndications, true), (opened.SchemeId, opened.EligibilityBasis, opened.NeedsAccompanyingPerson));
        Assert.Contains("children", opened.Priorities);

        await UploadAsync(world, world.Clinic, opened.Id, AbroadDocument.VkkConclusion);
        await StepOkAsync(world, world.Clinic, opened.Id, 1);
        Assert.Equal("abroad.step_not_permitted", (await CompleteAsync(world, world.Department, opened.Id, 2)).Error!.Code);
        await UploadAsync(world, world.Institute, opened.Id, AbroadDocument.Petition, AbroadDocument.IdCopy, AbroadDocument.MedicalRecordExtract,
            AbroadDocument.InstituteConclusion, AbroadDocument.MedicalConclusion);
        var atThree = await StepOkAsync(world, world.Institute, opened.Id, 2);
        Assert.Equal((3, new DateOnly(2026, 11, 4)), (atThree.CurrentStep, atThree.DueOn!.Value)); // step 3: 2 working days

        var offer = await OfferAsync(world, opened.Id, "Charité", "DE", "EUR", 60_000m);
        await StepOkAsync(world, world.WorkingBody, opened.Id, 3);
        await StepOkAsync(world, world.WorkingBody, opened.Id, 4);
        await using (var s = world.Open())
        {
            Ok(await s.Sessions.ScheduleAsync(world.Commission.Scope, "2026-11-10", "regular", null, world.Commission.Actor));
        }

        var onAgenda = await StepOkAsync(world, world.WorkingBody, opened.Id, 5);
        Assert.Equal((6, new DateOnly(2026, 11, 17)), (onAgenda.CurrentStep, onAgenda.DueOn!.Value)); // 5 working days after the session of 10 Nov
        world.SetDate(new DateOnly(2026, 11, 10));
        await StepOkAsync(world, world.Commission, opened.Id, 6, new AbroadStepInput { OfferId = offer.Id, PatientAgreed = true, ProtocolNumber = "П-7" });

        var contract = new AbroadStepInput { ContractNumber = "Д-7", ContractDate = "2026-11-12", ContractAmount = 60_000m };
        await UploadAsync(world, world.WorkingBody, opened.Id, AbroadDocument.Contract);
        var withoutCarer = Assert.IsType<AbroadStepIncomplete>((await CompleteAsync(world, world.WorkingBody, opened.Id, 7, contract)).Error);
        Assert.Equal([AbroadRequirement.Contract], withoutCarer.Missing);
        var done = await StepOkAsync(world, world.WorkingBody, opened.Id, 7, contract with { AccompanyingPerson = "Сейітқали Айгүл (мать)" });
        Assert.Equal((AbroadCaseStatus.Contracted, true), (done.Status, done.TravelPaidByBudget));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task A_not_expedient_conclusion_ends_the_case_refused_and_tells_the_patient(DatabaseProvider provider)
    {
        await using var world = await AbroadWorld.CreateAsync(provider, Monday);
        var opened = await ToStepAsync(world, await PatientAsync(world), 4);
        await UploadAsync(world, world.ChiefSpecialist, opened, AbroadDocument.ExpediencyConclusion);
        var refused = await StepOkAsync(world, world.ChiefSpecialist, opened, 4, new AbroadStepInput { Expedient = false, Comment = "Лечение доступно в РК" });
        Assert.Equal((AbroadCaseStatus.Refused, "Лечение доступно в РК", (DateOnly?)null), (refused.Status, refused.RefusalReason, refused.DueOn));
        await using var s = world.Open();
        Assert.Equal(1, await s.Db.OutboxMessages.CountAsync(m => m.Topic == "abroad.refused" && m.Channel == NotificationChannel.Sms));
    }

    /// <summary>A case of the current scheme brought to <paramref name="step"/> with everything the earlier steps ask for.</summary>
    internal static async Task<Guid> ToStepAsync(AbroadWorld world, Guid patient, int step, bool continuation = false)
    {
        var id = (await OpenAsync(world, patient, Citizen() with { ContinuationOfTreatment = continuation })).Id;
        var parties = new[] { world.Clinic, world.Department, world.WorkingBody, world.ChiefSpecialist, world.WorkingBody, world.WorkingBody, world.WorkingBody };
        for (var n = 1; n < step; n++)
        {
            switch (n)
            {
                case 1: await UploadAsync(world, world.Clinic, id, AbroadDocument.IdCopy, AbroadDocument.MedicalRecordExtract); break;
                case 2: await UploadAsync(world, world.Department, id, AbroadDocument.Petition, AbroadDocument.MedicalConclusion); break;
                case 4: await UploadAsync(world, world.ChiefSpecialist, id, AbroadDocument.ExpediencyConclusion); break;
                case 5: await OfferAsync(world, id, "Charité", "DE", null, null); break;
                case 6:
                    await using (var s = world.Open())
                    {
                        var offer = await s.Db.AbroadOffers.FirstAsync(o => o.CaseId == id);
                        Ok(await s.Offers.AnswerAsync(world.WorkingBody.Scope, id, offer.Id, "Программа", "EUR", 50_000m, false, world.WorkingBody.Actor));
                    }

                    break;
            }

            await StepOkAsync(world, parties[n - 1], id, n, n == 4 ? new AbroadStepInput { Expedient = true } : null);
        }

        return id;
    }
}

internal static class AbroadQueries
{
    public static Task<Data.Abroad.AbroadCaseRecord> AbroadCase(this AbroadWorld.Services s, Guid id) => s.Db.AbroadCases.AsNoTracking().SingleAsync(c => c.Id == id);
}
