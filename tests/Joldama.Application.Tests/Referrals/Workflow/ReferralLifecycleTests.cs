using Joldama.Application.Referrals.Workflow;
using Joldama.Data;
using Joldama.Domain.Notifications;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.Package;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using static Joldama.Application.Tests.Referrals.Workflow.ReferralDriver;

namespace Joldama.Application.Tests.Referrals.Workflow;

/// <summary>Issue 5 end to end through the services on a real database: every transition recorded, every notice in the outbox.</summary>
public sealed class ReferralLifecycleTests
{
    // Monday 2 November 2026: no holiday within the next working days.
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task DraftToClosed_EveryTransitionRecordedWithWhoWhenWhy_DeadlinesByCalendar_NoticesInPatientsLanguage(DatabaseProvider provider)
    {
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        var patient = await PatientAsync(world, world.Clinic);
        var draft = await DraftAsync(world, world.Clinic, patient);
        Assert.Contains("таблице 3", draft.FundingExplanationRu, StringComparison.Ordinal); // both languages kept: each reader gets their own
        Assert.Contains("3-кестеде", draft.FundingExplanationKk, StringComparison.Ordinal);
        Assert.Contains(world.Provider.Organization, draft.OfferedProviderIds);
        Assert.Contains(world.OtherProvider.Organization, draft.OfferedProviderIds);

        var sent = Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit")));
        Assert.Equal(ReferralState.SentToCommission, sent.State);
        Assert.Equal(ReferralDeadline.CommissionReview, sent.Deadline);
        Assert.Equal(new DateOnly(2026, 11, 4), sent.DueOn); // §35.1: two working days, the start day not counted

        Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("approve", ProtocolNumber: "П-17")));
        var registered = Ok(await StepAsync(world, world.SecondMember, draft.Id, new ReferralStepInput("register")));
        Assert.StartsWith("R-2026-", registered.ReferralNumber, StringComparison.Ordinal);
        Assert.Equal(ReferralDeadline.ProviderReview, registered.Deadline);

        world.SetDate(new DateOnly(2026, 11, 3));
        var accepted = Ok(await StepAsync(world, world.Provider, draft.Id, new ReferralStepInput("accept", HospitalizationDate: "2026-11-16")));
        Assert.Equal(new DateOnly(2026, 11, 16), accepted.HospitalizationDate);
        Assert.Equal(new DateOnly(2026, 11, 4), accepted.DueOn); // §39: one working day to inform

        Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("inform", Channel: "sms")));
        world.SetDate(new DateOnly(2026, 11, 16));
        Ok(await StepAsync(world, world.Provider, draft.Id, new ReferralStepInput("admit")));
        world.SetDate(new DateOnly(2026, 11, 27));
        var discharged = Ok(await StepAsync(world, world.Provider, draft.Id, new ReferralStepInput("discharge", DischargeSummary: "АКШ ×3, без осложнений.", FollowUpPlan: "Кардиолог через 1, 3, 12 месяцев.")));
        Assert.Equal(new DateOnly(2026, 11, 27), discharged.DischargedOn);
        Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("start-follow-up")));
        world.SetDate(new DateOnly(2026, 12, 2));
        await using (var s = world.Open())
        {
            Ok(await s.FollowUps.RecordAsync(world.Clinic.Scope, draft.Id, "complication", "2026-11-30", "Раневая инфекция", world.Clinic.Actor));
        }

        var closed = Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("close")));
        Assert.Equal(ReferralState.Closed, closed.State);
        Assert.Null(closed.Deadline);

        await using var check = world.Open();
        var transitions = await check.Db.ReferralTransitions.Where(t => t.CaseId == draft.Id).OrderBy(t => t.At).ToListAsync();
        Assert.Equal(
            [ReferralState.Draft, ReferralState.SentToCommission, ReferralState.Approved, ReferralState.Registered, ReferralState.AcceptedByProvider,
                ReferralState.PatientInformed, ReferralState.Admitted, ReferralState.Discharged, ReferralState.FollowUp],
            transitions.Select(t => t.From));
        Assert.All(transitions, t => Assert.NotNull(t.ActorUserId));
        var approval = transitions.Single(t => t.Trigger == ReferralTrigger.Approve);
        Assert.Equal(("commission", ActorKind.Commission, "П-17"), (approval.ActorLogin, approval.ActorKind, approval.Values["protocolNumber"]));
        Assert.Equal("sms", transitions.Single(t => t.Trigger == ReferralTrigger.Inform).Values["channel"]);

        // The patient (Kazakh) heard of the registration and of the date by SMS, e-mail and the cabinet.
        var outbox = await check.Db.OutboxMessages.Where(m => m.ReferralId == draft.Id).ToListAsync();
        Assert.All(outbox, m => Assert.Equal("kk", m.Language));
        Assert.Equal(3, outbox.Count(m => m.Topic == "referral.registered"));
        Assert.Equal(["+77011234567"], outbox.Where(m => m.Channel == NotificationChannel.Sms && m.Topic == "referral.patient-informed").Select(m => m.Recipient));
        Assert.Contains(outbox, m => m.Topic == "referral.patient-informed" && m.Body.Contains("16.11.2026", StringComparison.Ordinal));
        Assert.Contains(outbox, m => m.Topic == "referral.registered" && m.Subject!.Contains(registered.ReferralNumber!, StringComparison.Ordinal) && m.Subject.Contains("жолдама", StringComparison.Ordinal));

        // Every step is in the audit log with the patient's IIN.
        var audited = await check.Db.AuditRecords.Where(a => a.EntityType == "referral" && a.EntityId == draft.Id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Contains("referral.approve", audited);
        Assert.Contains("referral.close", audited);
        Assert.Contains("referral.follow_up", audited);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task InpatientRoute_HospitalSendsExtractWithCoSigner_PatientsClinicInforms(DatabaseProvider provider)
    {
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        var patient = await PatientAsync(world, world.Clinic);
        var draft = await DraftAsync(world, world.Hospital, patient);
        Assert.Equal(ReferralRoute.Inpatient, draft.Route);

        var unsigned = await StepAsync(world, world.Hospital, draft.Id, new ReferralStepInput("submit-inpatient"));
        Assert.Equal("referral.co_signer_required", unsigned.Error!.Code);
        var clinicCannot = await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit-inpatient", CoSigner: "x"));
        Assert.Equal("referral.not_found", clinicCannot.Error!.Code); // a draft is the sender's alone

        Ok(await StepAsync(world, world.Hospital, draft.Id, new ReferralStepInput("submit-inpatient", CoSigner: "Заведующий отделением Ахметов Б.")));
        Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("approve", ProtocolNumber: "П-18")));
        Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("register")));
        Ok(await StepAsync(world, world.Provider, draft.Id, new ReferralStepInput("accept", HospitalizationDate: "2026-11-05")));
        var informed = Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("inform", Channel: "oral")));
        Assert.Equal(InformChannel.Oral, informed.InformChannel);

        await using var check = world.Open();
        var submit = await check.Db.ReferralTransitions.SingleAsync(t => t.CaseId == draft.Id && t.Trigger == ReferralTrigger.SubmitInpatient);
        Assert.Equal((ActorKind.InpatientFacility, "Заведующий отделением Ахметов Б."), (submit.ActorKind, submit.Values["coSigner"]));
        // Told orally: nothing is sent, the record says how.
        Assert.DoesNotContain(await check.Db.OutboxMessages.Where(m => m.ReferralId == draft.Id).Select(m => m.Topic).ToListAsync(), t => t == "referral.patient-informed");
    }

    [Theory]
    [InlineData("no-indications")]
    [InlineData("incomplete-package")]
    [InlineData("documents-not-authentic")]
    public async Task Reject_WithEachGroundOfSection40_GoesToTheRefusalJournal_SearchableAndExported(string ground)
    {
        await using var world = await ReferralWorld.CreateAsync(TestPostgres.SkipReason is null ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, Monday);
        var patient = await PatientAsync(world, world.Clinic);
        var draft = await DraftAsync(world, world.Clinic, patient);
        Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit")));

        var noGround = await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("reject", ProtocolNumber: "П-9", Comment: "—"));
        Assert.Equal("referral.ground_required", noGround.Error!.Code);
        var rejected = Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("reject", ProtocolNumber: "П-9", Ground: ground, Comment: "См. протокол")));
        Assert.Equal(ReferralState.Rejected, rejected.State);

        await using var s = world.Open();
        var journal = Ok(await s.Refusals.SearchAsync(world.Commission.Scope, new Application.Referrals.Worklists.RefusalJournal.Filter(Ground: ground, Iin: Iin), world.Commission.Actor));
        var entry = Assert.Single(journal);
        Assert.Equal(("П-9", "См. протокол", ReferralWorld.Code), (entry.ProtocolNumber, entry.Comment, entry.HtmcCode));
        var otherRegion = Ok(await s.Refusals.SearchAsync(world.OtherCommission.Scope, new Application.Referrals.Worklists.RefusalJournal.Filter(), world.OtherCommission.Actor));
        Assert.Empty(otherRegion);
        var csv = System.Text.Encoding.UTF8.GetString(Application.Referrals.Worklists.RefusalJournal.ToCsv(journal, h => h, g => g.ToString()));
        Assert.Contains(Iin, csv, StringComparison.Ordinal);
        Assert.Contains(entry.Ground.ToString(), csv, StringComparison.Ordinal);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task BadInput_EachAClearError_NothingChanged(DatabaseProvider provider)
    {
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        await using (var s = world.Open())
        {
            var badIin = await s.Patients.SaveAsync(world.Clinic.Scope, new Application.Patients.PatientInput("900101300018", "А", "Б", null, null, null, "kk", null, null, null), world.Clinic.Actor);
            Assert.Equal("identifier.check_digit_mismatch", badIin.Error!.Code);
            Assert.Empty(await s.Db.Patients.ToListAsync());
        }

        var patient = await PatientAsync(world, world.Clinic);
        var draft = await DraftAsync(world, world.Clinic, patient, complete: false);

        var incomplete = await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit"));
        Assert.Equal("referral.package_incomplete", incomplete.Error!.Code);
        Assert.Equal(nameof(PackageDocumentKind.DiagnosticResults), incomplete.Error.Args["missing"]);

        await using (var s = world.Open())
        {
            var lying = await s.Documents.UploadAsync(world.Clinic.Scope, draft.Id, "diagnostic-results", "results.pdf", "<html>not a pdf</html>"u8.ToArray(), world.Clinic.Actor);
            Assert.Equal("referral.file_type", lying.Error!.Code);
            var huge = new byte[PackageFileRules.MaxBytes + 1];
            Pdf.CopyTo(huge, 0);
            var oversized = await s.Documents.UploadAsync(world.Clinic.Scope, draft.Id, "diagnostic-results", "big.pdf", huge, world.Clinic.Actor);
            Assert.Equal("referral.file_too_large", oversized.Error!.Code);
            Assert.Equal(3, await s.Db.ReferralDocuments.CountAsync(d => d.CaseId == draft.Id));
            Assert.Equal(3, await s.Db.ReferralDocumentContents.CountAsync());
        }

        var wrongState = await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("approve", ProtocolNumber: "П-1"));
        Assert.Equal("referral.not_found", wrongState.Error!.Code); // the commission does not see drafts

        await using (var s = world.Open())
        {
            Ok(await s.Documents.UploadAsync(world.Clinic.Scope, draft.Id, "diagnostic-results", "results.pdf", Pdf, world.Clinic.Actor));
        }

        Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit")));
        var registerFirst = await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("register"));
        Assert.Equal("referral.transition_not_allowed", registerFirst.Error!.Code);
        var clinicApproves = await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("approve", ProtocolNumber: "П-1"));
        Assert.Equal("referral.actor_not_allowed", clinicApproves.Error!.Code);
        Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("approve", ProtocolNumber: "П-1")));
        Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("register")));
        var past = await StepAsync(world, world.Provider, draft.Id, new ReferralStepInput("accept", HospitalizationDate: "2026-10-30"));
        Assert.Equal("referral.hospitalization_date_in_past", past.Error!.Code);
        var garbled = await StepAsync(world, world.Provider, draft.Id, new ReferralStepInput("accept", HospitalizationDate: "30.10.2026"));
        Assert.Equal("input.invalid", garbled.Error!.Code);

        await using var check = world.Open();
        var stored = await check.Db.ReferralCases.SingleAsync(c => c.Id == draft.Id);
        Assert.Equal((ReferralState.Registered, (DateOnly?)null), (stored.State, stored.HospitalizationDate));
        Assert.Equal(3, await check.Db.ReferralTransitions.CountAsync(t => t.CaseId == draft.Id));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task TwoCommissionMembersDecideAtOnce_OneWins_TheOtherGetsAConflict(DatabaseProvider provider)
    {
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        var draft = await DraftAsync(world, world.Clinic, await PatientAsync(world, world.Clinic));
        var sent = Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit")));

        var both = await Task.WhenAll(
            StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("approve", ProtocolNumber: "П-1"), sent.Version),
            StepAsync(world, world.SecondMember, draft.Id, new ReferralStepInput("reject", ProtocolNumber: "П-2", Ground: "no-indications", Comment: "нет показаний"), sent.Version));

        Assert.Single(both, r => !r.IsError);
        var loser = Assert.Single(both, r => r.IsError);
        Assert.Equal("referral.changed_meanwhile", loser.Error!.Code);
        await using var check = world.Open();
        Assert.Single(await check.Db.ReferralTransitions.Where(t => t.CaseId == draft.Id && (t.Trigger == ReferralTrigger.Approve || t.Trigger == ReferralTrigger.Reject)).ToListAsync());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task CreateRetriedWithTheSameIdempotencyKey_OneCase(DatabaseProvider provider)
    {
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        var patient = await PatientAsync(world, world.Clinic);
        var input = new Application.Referrals.Cases.NewReferralInput(patient, ReferralWorld.Code, "I25.1", "Показано.");
        await using var s = world.Open();
        var first = Ok(await s.Cases.CreateAsync(world.Clinic.Scope, input, "key-1", world.Clinic.Actor));
        var again = Ok(await s.Cases.CreateAsync(world.Clinic.Scope, input, "key-1", world.Clinic.Actor));
        Assert.Equal((first.Case.Id, false, true), (again.Case.Id, first.Replayed, again.Replayed));
        Assert.Equal(1, await s.Db.ReferralCases.CountAsync());
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Reach_ClinicItsPatients_CommissionItsRegion_ProviderOnceRegistered(DatabaseProvider provider)
    {
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        var draft = await DraftAsync(world, world.Clinic, await PatientAsync(world, world.Clinic));
        Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit")));
        Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("approve", ProtocolNumber: "П-1")));

        await using var s = world.Open();
        bool Sees(ReferralWorld.Party party) => s.Cases.Visible(party.Scope).Any(c => c.Id == draft.Id);
        Assert.True(Sees(world.Clinic));
        Assert.True(Sees(world.Commission));
        Assert.False(Sees(world.OtherClinic));
        Assert.False(Sees(world.OtherCommission));
        Assert.False(Sees(world.Provider)); // not registered yet
        Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("register")));
        Assert.True(Sees(world.Provider));
        Assert.False(Sees(world.OtherProvider));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task StoredFileCorrupted_DownloadRefused_ByItsChecksum(DatabaseProvider provider)
    {
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        var draft = await DraftAsync(world, world.Clinic, await PatientAsync(world, world.Clinic));
        await using var s = world.Open();
        var document = await s.Db.ReferralDocuments.FirstAsync(d => d.CaseId == draft.Id);
        var intact = Ok(await s.Documents.DownloadAsync(world.Clinic.Scope, draft.Id, document.Id, world.Clinic.Actor));
        Assert.Equal(document.Size, intact.Bytes.Length);

        var content = await s.Db.ReferralDocumentContents.SingleAsync(c => c.DocumentId == document.Id);
        content.Bytes = [.. content.Bytes.Take(content.Bytes.Length - 1), 0x00];
        await s.Db.SaveChangesAsync();

        var corrupted = await s.Documents.DownloadAsync(world.Clinic.Scope, draft.Id, document.Id, world.Clinic.Actor);
        Assert.Equal("referral.document_corrupted", corrupted.Error!.Code);
    }
}
