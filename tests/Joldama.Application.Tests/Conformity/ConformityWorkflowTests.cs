using System.Globalization;
using Joldama.Application.Conformity;
using Joldama.Application.Conformity.Applications;
using Joldama.Application.Conformity.Resources;
using Joldama.Data;
using Joldama.Data.Conformity;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Tests.Conformity;

/// <summary>
/// The conformity workflow end to end on a real database (seed 001 §23–30): filed in the window, evaluated by the
/// machine, decided by the inspector, signed by the head, registered; rejected; flagged when a specialist leaves;
/// re-issued on a change of code. Code 37.94 (Appendix 2 item 42): one doctor with a certificate in interventional
/// cardiology/arrhythmology or cardiac surgery, 3 years in the specialty, 108 hours on arrhythmology within 5 years,
/// a radiation permit; one angiography unit.
/// </summary>
public sealed class ConformityWorkflowTests
{
    private const string Code = "37.94";
    private const string Angiography = "Ангиографическая установка с гемодинамической системой";
    private static readonly DateOnly InWindow = D("2026-09-21");

    // A first-time application of 2026: the conclusion's life runs inside the loaded calendar, which ends with 2027.
    private static readonly DateOnly EarlyIn2026 = D("2026-03-02");

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SpecialistInput Cardiologist(string name, string iin, string certificateValidTo = "2029-12-31", int hours = 120) => new(
        name, iin,
        [new CertificateInput("Кардиология (интервенционная аритмология) (взрослая)", "C-1", "2020-01-01", certificateValidTo)],
        [new ExperienceInput(6, "specialty", null)],
        [new EducationInput(hours, "Вопросы аритмологии", "2025-03-01")],
        [new ConditionInput("radiation-permit", "Разрешение", "2024-01-01", "2030-01-01")]);

    private static async Task<(Guid Specialist, Guid Device)> StaffAsync(ConformityWorld world, SpecialistInput specialist)
    {
        await using var s = world.Open();
        var person = await s.Resources.AddSpecialistAsync(world.Provider.Scope, specialist, world.Provider.Actor);
        var device = await s.Resources.AddDeviceAsync(world.Provider.Scope, new DeviceInput(Angiography, "Artis", "A-1", 1, null), world.Provider.Actor);
        return (person.Value.Id, device.Value.Id);
    }

    private static FileApplicationInput Application(Guid specialist, Guid device, int year = 2027, bool firstTime = false) =>
        new(year, firstTime, [new ApplicationItemInput(Code, firstTime ? null : 40, [specialist], [device], null)]);

    private static async Task<ConformityApplicationRecord> FileAsync(ConformityWorld world, FileApplicationInput input)
    {
        await using var s = world.Open();
        return (await s.Applications.FileAsync(world.Provider.Scope, input, world.Provider.Actor)).Value;
    }

    /// <summary>The inspector confirms every machine finding, submits; the head signs.</summary>
    private static async Task<IReadOnlyList<ConclusionRecord>> ConfirmAndSignAsync(ConformityWorld world, ConformityApplicationRecord application)
    {
        await using var s = world.Open();
        foreach (var item in application.Items)
        {
            foreach (var criterion in item.Criteria)
            {
                Assert.False((await s.Applications.DecideAsync(world.Inspector.Scope, application.Id,
                    new CriterionDecisionInput(item.Id, criterion.Index, criterion.MachineMet, null), world.Inspector.Actor)).IsError);
            }
        }

        Assert.False((await s.Applications.SubmitForSignatureAsync(world.Inspector.Scope, application.Id, world.Inspector.Actor)).IsError);
        return (await s.Applications.SignAsync(world.Head.Scope, application.Id, world.Head.Actor)).Value;
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Workflow_ConformingProvider_SignedPositiveConclusionForNextYearInTheRegister(DatabaseProvider provider)
    {
        await using var world = await ConformityWorld.CreateAsync(provider, InWindow);
        var (specialist, device) = await StaffAsync(world, Cardiologist("Ахметов Ерлан", "800515300017"));

        var application = await FileAsync(world, Application(specialist, device));

        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Equal(InWindow, application.ReceivedOn);
        Assert.Equal(D("2026-10-21"), application.ReviewDueOn); // §26.1: 30 calendar days
        var item = Assert.Single(application.Items);
        Assert.All(item.Criteria, c => Assert.True(c.MachineMet, c.Reason));
        Assert.Equal(2, item.Criteria.Count);

        world.SetDate(D("2026-10-05"));
        var conclusion = Assert.Single(await ConfirmAndSignAsync(world, application));

        Assert.True(conclusion.Positive);
        Assert.Equal(D("2027-01-01"), conclusion.ValidFrom); // §26.2: the next calendar year
        Assert.Equal(D("2027-12-31"), conclusion.ValidTo);
        Assert.Equal("Бекмұратов Қайрат", conclusion.SignedByName);
        Assert.NotNull(conclusion.FundCopyAt); // §28
        await using (var s = world.Open())
        {
            Assert.Equal(ApplicationStatus.Concluded, (await s.Applications.GetAsync(world.Provider.Scope, application.Id)).Value.Status);
            Assert.Empty(await s.Conclusions.RegisterAsync(Code, D("2026-12-31"), null));
            var entry = Assert.Single(await s.Conclusions.RegisterAsync(Code, D("2027-06-01"), null));
            Assert.Equal(world.Provider.Scope.OrganizationId, entry.OrganizationId);
            Assert.False(entry.Flagged);
            Assert.Single(await s.Conclusions.RegisterAsync(Code, D("2027-06-01"), "karaganda"));
            Assert.Empty(await s.Conclusions.RegisterAsync(Code, D("2027-06-01"), "pavlodar"));
            Assert.Single(await s.Conclusions.Visible(world.Fund.Scope).ToListAsync()); // the Fund sees the copy
            var actions = await s.Db.AuditRecords.Select(a => a.Action).ToListAsync();
            Assert.Contains("conformity_application.file", actions);
            Assert.Contains("conformity_application.sign", actions);
            Assert.Contains("conclusion.issue", actions);
        }
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Workflow_ExpiredCertificate_InspectorConfirms_NegativeConclusionNotInRegister(DatabaseProvider provider)
    {
        await using var world = await ConformityWorld.CreateAsync(provider, InWindow);
        var (specialist, device) = await StaffAsync(world, Cardiologist("Сейтқали Нұрлан", "800515300027", certificateValidTo: "2026-06-30"));
        var application = await FileAsync(world, Application(specialist, device));

        var staff = application.Items[0].Criteria[0];
        Assert.False(staff.MachineMet);
        Assert.Contains("no certificate valid on 2026-09-21", staff.Reason, StringComparison.Ordinal);
        Assert.Contains(staff.Notes, n => n.Code == "staff.no_certificate");

        var conclusion = Assert.Single(await ConfirmAndSignAsync(world, application));

        Assert.False(conclusion.Positive);
        Assert.Null(conclusion.ValidFrom);
        Assert.Null(conclusion.FundCopyAt);
        await using var check = world.Open();
        Assert.Empty(await check.Conclusions.RegisterAsync(Code, D("2027-06-01"), null));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Workflow_InspectorOverridesWithJustification_PositiveConclusion(DatabaseProvider provider)
    {
        await using var world = await ConformityWorld.CreateAsync(provider, InWindow);
        var (specialist, device) = await StaffAsync(world, Cardiologist("Ким Ольга", "800515400013", hours: 100));
        await using var s = world.Open();
        var application = (await s.Applications.FileAsync(world.Provider.Scope, Application(specialist, device), world.Provider.Actor)).Value;
        var item = application.Items[0];
        Assert.False(item.Criteria[0].MachineMet); // 100 of 108 hours

        var refused = await s.Applications.DecideAsync(world.Inspector.Scope, application.Id, new CriterionDecisionInput(item.Id, 0, true, null), world.Inspector.Actor);
        Assert.IsType<JustificationRequired>(refused.Error);
        var early = await s.Applications.SubmitForSignatureAsync(world.Inspector.Scope, application.Id, world.Inspector.Actor);
        Assert.IsType<CriteriaUndecided>(early.Error);

        const string why = "Удостоверение на 12 часов от 2026-09-01 представлено на бумаге; итого 112 часов.";
        Assert.False((await s.Applications.DecideAsync(world.Inspector.Scope, application.Id, new CriterionDecisionInput(item.Id, 0, true, why), world.Inspector.Actor)).IsError);
        Assert.False((await s.Applications.DecideAsync(world.Inspector.Scope, application.Id, new CriterionDecisionInput(item.Id, 1, true, null), world.Inspector.Actor)).IsError);
        Assert.False((await s.Applications.SubmitForSignatureAsync(world.Inspector.Scope, application.Id, world.Inspector.Actor)).IsError);

        // Separation of duties: the inspector cannot sign; the head can.
        var inspectorSigns = await s.Applications.SignAsync(world.Inspector.Scope with { Role = Domain.Access.Role.TerritorialHead }, application.Id, world.Inspector.Actor);
        Assert.IsType<SignerWasInspector>(inspectorSigns.Error);
        var conclusion = Assert.Single((await s.Applications.SignAsync(world.Head.Scope, application.Id, world.Head.Actor)).Value);

        Assert.True(conclusion.Positive);
        var overridden = conclusion.Criteria[0];
        Assert.True(overridden.Overrides);
        Assert.Equal(why, overridden.Justification);
        Assert.Equal(world.Inspector.Scope.UserId, overridden.DecidedBy);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Recheck_SpecialistLeaves_ConclusionFlaggedAndBothSidesAlerted(DatabaseProvider provider)
    {
        await using var world = await ConformityWorld.CreateAsync(provider, EarlyIn2026);
        var (specialist, device) = await StaffAsync(world, Cardiologist("Ахметов Ерлан", "800515300017"));
        var application = await FileAsync(world, Application(specialist, device, 2026, firstTime: true));

        var conclusion = Assert.Single(await ConfirmAndSignAsync(world, application));
        world.SetDate(D("2026-04-01"));

        await using (var s = world.Open())
        {
            // §29: left on 11 March, recorded on 1 April; the 10 working days ran out on 30 March (Nauryz: 23–25 March off).
            var left = await s.Resources.RecordLeavingAsync(world.Provider.Scope, specialist, new ResourceChangeInput("2026-03-11"), world.Provider.Actor);
            Assert.Equal(conclusion.Id, Assert.Single(left.Value.Flagged).Id);
            var again = await s.Resources.RecordLeavingAsync(world.Provider.Scope, specialist, new ResourceChangeInput("2026-03-20"), world.Provider.Actor);
            Assert.Equal("2026-03-11", Assert.IsType<SpecialistAlreadyLeft>(again.Error).Args["date"]);
        }

        await using var check = world.Open();
        var flagged = await check.Db.Conclusions.SingleAsync(c => c.Id == conclusion.Id);
        Assert.Equal(ConclusionStatus.Flagged, flagged.Status);
        Assert.True(Assert.Single(await check.Conclusions.RegisterAsync(Code, D("2026-04-01"), null)).Flagged);
        var alert = Assert.Single(await check.Conclusions.VisibleAlerts(world.Provider.Scope).ToListAsync());
        Assert.Equal("specialist-left", alert.Trigger);
        Assert.Equal("Ахметов Ерлан", alert.Subject);
        Assert.Equal(D("2026-03-30"), alert.UpdateDueOn);
        Assert.True(alert.RecordedOn > alert.UpdateDueOn);
        Assert.Contains("has 0", Assert.Single(alert.Failures).Reason, StringComparison.Ordinal);
        Assert.Single(await check.Conclusions.VisibleAlerts(world.Inspector.Scope).ToListAsync());
        Assert.Empty(await check.Conclusions.VisibleAlerts(world.OtherInspector.Scope).ToListAsync());
        Assert.Empty(await check.Conclusions.VisibleAlerts(world.OtherProvider.Scope).ToListAsync());

        var seen = await check.Conclusions.AcknowledgeAsync(world.Inspector.Scope, alert.Id, world.Inspector.Actor);
        Assert.NotNull(seen.Value.DepartmentAcknowledgedAt);
        Assert.Null(seen.Value.ProviderAcknowledgedAt);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Recheck_DeviceOutOfOrderThenRepaired_FlaggedThenCleared(DatabaseProvider provider)
    {
        await using var world = await ConformityWorld.CreateAsync(provider, EarlyIn2026);
        var (specialist, device) = await StaffAsync(world, Cardiologist("Ахметов Ерлан", "800515300017"));
        var application = await FileAsync(world, Application(specialist, device, 2026, firstTime: true));

        var conclusion = Assert.Single(await ConfirmAndSignAsync(world, application));
        world.SetDate(D("2026-05-04"));
        await using (var s = world.Open())
        {
            Assert.False((await s.Resources.RecordOutOfOrderAsync(world.Provider.Scope, device, new ResourceChangeInput("2026-05-03"), world.Provider.Actor)).IsError);
            Assert.Equal(ConclusionStatus.Flagged, (await s.Db.Conclusions.AsNoTracking().SingleAsync(c => c.Id == conclusion.Id)).Status);
        }

        await using (var s = world.Open())
        {
            Assert.Empty((await s.Resources.RecordRepairedAsync(world.Provider.Scope, device, new ResourceChangeInput(null), world.Provider.Actor)).Value.Flagged);
            Assert.Equal(ConclusionStatus.Valid, (await s.Db.Conclusions.AsNoTracking().SingleAsync(c => c.Id == conclusion.Id)).Status);
        }
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Reissue_CodeChange_NewConclusionKeepsValidityAndSupersedesTheOld(DatabaseProvider provider)
    {
        await using var world = await ConformityWorld.CreateAsync(provider, EarlyIn2026);
        var (specialist, device) = await StaffAsync(world, Cardiologist("Ахметов Ерлан", "800515300017"));
        var application = await FileAsync(world, Application(specialist, device, 2026, firstTime: true));

        var old = Assert.Single(await ConfirmAndSignAsync(world, application));
        world.SetDate(D("2026-06-01"));
        ConformityApplicationRecord reissue;
        await using (var s = world.Open())
        {
            Assert.IsType<NewCodeRequired>((await s.Applications.RequestReissueAsync(world.Provider.Scope, new ReissueInput(old.Id, "code-change", null, null), world.Provider.Actor)).Error);
            Assert.IsType<ConclusionNotFound>((await s.Applications.RequestReissueAsync(world.OtherProvider.Scope, new ReissueInput(old.Id, "reorganization", null, null), world.OtherProvider.Actor)).Error);
            reissue = (await s.Applications.RequestReissueAsync(world.Provider.Scope, new ReissueInput(old.Id, "code-change", "37.941", "Приказ о переименовании кода"), world.Provider.Actor)).Value;
            Assert.IsType<ReissuePending>((await s.Applications.RequestReissueAsync(world.Provider.Scope, new ReissueInput(old.Id, "name-change", null, null), world.Provider.Actor)).Error);
        }

        Assert.Equal(ApplicationKind.Reissue, reissue.Kind);
        Assert.Equal(D("2026-07-01"), reissue.ReviewDueOn); // §30: 30 calendar days
        Assert.Equal("37.941", Assert.Single(reissue.Items).Code);
        var replacement = Assert.Single(await ConfirmAndSignAsync(world, reissue));

        Assert.Equal(old.ValidFrom, replacement.ValidFrom);
        Assert.Equal(old.ValidTo, replacement.ValidTo);
        Assert.Equal(old.Id, replacement.SupersedesId);
        Assert.Equal(ReissueReason.CodeChange, replacement.ReissueReason);
        await using var check = world.Open();
        Assert.Equal(ConclusionStatus.Superseded, (await check.Db.Conclusions.SingleAsync(c => c.Id == old.Id)).Status);
        Assert.Empty(await check.Conclusions.RegisterAsync(Code, D("2026-08-03"), null));
        Assert.Single(await check.Conclusions.RegisterAsync("37.941", D("2026-08-03"), null));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Access_OtherRegionAndOtherProvider_SeeNothingAndCannotAct(DatabaseProvider provider)
    {
        await using var world = await ConformityWorld.CreateAsync(provider, InWindow);
        var (specialist, device) = await StaffAsync(world, Cardiologist("Ахметов Ерлан", "800515300017"));
        await using var s = world.Open();
        var application = (await s.Applications.FileAsync(world.Provider.Scope, Application(specialist, device), world.Provider.Actor)).Value;
        var item = application.Items[0];

        Assert.Empty(await s.Applications.Visible(world.OtherInspector.Scope).ToListAsync());
        Assert.Empty(await s.Applications.Visible(world.OtherProvider.Scope).ToListAsync());
        Assert.Single(await s.Applications.Visible(world.Inspector.Scope).ToListAsync());
        Assert.IsType<ApplicationNotFound>((await s.Applications.DecideAsync(world.OtherInspector.Scope, application.Id, new CriterionDecisionInput(item.Id, 0, true, null), world.OtherInspector.Actor)).Error);
        Assert.IsType<Organizations.OrganizationNotFound>((await s.Resources.ListSpecialistsAsync(world.OtherProvider.Scope, world.Provider.Scope.OrganizationId, world.OtherProvider.Actor)).Error);
        Assert.IsType<SpecialistNotFound>((await s.Resources.RecordLeavingAsync(world.OtherProvider.Scope, specialist, new ResourceChangeInput(null), world.OtherProvider.Actor)).Error);
        Assert.IsType<SpecialistNotFound>((await s.Resources.GetSpecialistAsync(world.OtherInspector.Scope, specialist, world.OtherInspector.Actor)).Error);
        Assert.False((await s.Resources.GetSpecialistAsync(world.Inspector.Scope, specialist, world.Inspector.Actor)).IsError);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task File_RulesOfAppendix1_RefusedWithTheReasonAndNothingWritten(DatabaseProvider provider)
    {
        await using var world = await ConformityWorld.CreateAsync(provider, D("2026-10-15"));
        var (specialist, device) = await StaffAsync(world, Cardiologist("Ахметов Ерлан", "800515300017"));
        await using var s = world.Open();

        Assert.IsType<PlannedVolumeRequired>((await s.Applications.FileAsync(world.Provider.Scope,
            new FileApplicationInput(2027, false, [new ApplicationItemInput(Code, null, [specialist], [device], null)]), world.Provider.Actor)).Error);
        Assert.IsType<CodeWithoutCharacteristic>((await s.Applications.FileAsync(world.Provider.Scope,
            new FileApplicationInput(2027, false, [new ApplicationItemInput("99.99", 1, [specialist], [device], null)]), world.Provider.Actor)).Error);
        Assert.IsType<ResourceNotAvailable>((await s.Applications.FileAsync(world.Provider.Scope,
            new FileApplicationInput(2027, false, [new ApplicationItemInput(Code, 1, [Guid.NewGuid()], [device], null)]), world.Provider.Actor)).Error);
        world.SetDate(D("2026-10-16"));
        Assert.IsType<FilingWindowClosed>((await s.Applications.FileAsync(world.Provider.Scope, Application(specialist, device), world.Provider.Actor)).Error);
        Assert.Equal(0, await s.Db.ConformityApplications.CountAsync());

        // First time, current year, any day: valid from registration to 31 December (§24, §26.2).
        world.SetDate(D("2026-11-23"));
        var first = (await s.Applications.FileAsync(world.Provider.Scope, Application(specialist, device, 2026, firstTime: true), world.Provider.Actor)).Value;
        Assert.Null(first.Items[0].PlannedVolume);
        var conclusion = Assert.Single(await ConfirmAndSignAsync(world, first));
        Assert.Equal(D("2026-11-23"), conclusion.ValidFrom);
        Assert.Equal(D("2026-12-31"), conclusion.ValidTo);
        Assert.IsType<NotFirstTime>((await s.Applications.FileAsync(world.Provider.Scope, Application(specialist, device, 2026, firstTime: true), world.Provider.Actor)).Error);
    }
}
