using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Tests.Abroad;

/// <summary>What a step needs (read from its documents), the step check, and the commission's calendar (seed 003 lines 222-223).</summary>
public sealed class AbroadCaseRulesTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    private static readonly AbroadScheme Scheme = new("test", new BilingualText("t", "t"),
    [
        Step(1, AbroadActor.MedicalOrganization, AbroadActor.HealthDepartment, AbroadDocument.IdCopy, AbroadDocument.MedicalRecordExtract),
        Step(2, AbroadActor.HealthDepartment, AbroadActor.WorkingBody, AbroadDocument.Petition),
        Step(3, AbroadActor.ChiefSpecialist, AbroadActor.WorkingBody, AbroadDocument.ExpediencyConclusion),
        Step(4, AbroadActor.WorkingBody, AbroadActor.MinistryCommission, AbroadDocument.ClinicList),
        Step(5, AbroadActor.MinistryCommission, null, AbroadDocument.ClinicSelection),
        Step(6, AbroadActor.WorkingBody, AbroadActor.ForeignClinic, AbroadDocument.Contract),
    ], new WorkingDays(6), AbroadTestData.Current.TotalSource, AbroadTestData.Current.Source, null);

    private static readonly AbroadLaw Law = AbroadTestData.Law with
    {
        RequiredDocuments = [.. new[] { AbroadDocument.Petition, AbroadDocument.MedicalRecordExtract, AbroadDocument.MedicalConclusion, AbroadDocument.IdCopy }
            .Select(d => new AbroadRequiredDocument(d, new BilingualText("kk", "ru"), AbroadTestData.Current.Source))],
    };

    [Fact]
    public void Documents_TheFirstStepToTheWorkingBodyAlsoNeedsSeed004sFour()
    {
        Assert.Equal([AbroadDocument.IdCopy, AbroadDocument.MedicalRecordExtract], AbroadStepRules.DocumentsFor(Law, Scheme, Scheme.Step(1)));
        Assert.Equal([AbroadDocument.IdCopy, AbroadDocument.MedicalRecordExtract, AbroadDocument.Petition, AbroadDocument.MedicalConclusion],
            AbroadStepRules.DocumentsFor(Law, Scheme, Scheme.Step(2)));
        Assert.Empty(AbroadStepRules.DocumentsFor(Law, Scheme, Scheme.Step(4)));
    }

    [Fact]
    public void Check_ANegativeVerdictRefuses_NoVerdictIsIncomplete()
    {
        var holding = new HashSet<AbroadDocument> { AbroadDocument.ExpediencyConclusion };
        Assert.Equal(AbroadStepOutcome.Refuse, AbroadStepCheck.Complete(Law, Scheme, Scheme.Step(3), new AbroadCaseFacts(holding, Monday) { Expedient = false }).Value);
        Assert.Equal(AbroadStepOutcome.Advance, AbroadStepCheck.Complete(Law, Scheme, Scheme.Step(3), new AbroadCaseFacts(holding, Monday) { Expedient = true }).Value);
        var missing = Assert.IsType<AbroadStepIncomplete>(AbroadStepCheck.Complete(Law, Scheme, Scheme.Step(3), new AbroadCaseFacts(holding, Monday)).Error);
        Assert.Equal([AbroadRequirement.ExpediencyVerdict], missing.Missing);
        Assert.Equal("expediency-verdict", missing.Args["missing"]);
    }

    [Theory]
    [InlineData(null, false, "session-held,selection")]
    [InlineData("2026-11-03", true, "session-held")] // the session is tomorrow
    [InlineData("2026-11-02", false, "selection")]
    [InlineData("2026-11-02", true, "")]
    public void Check_TheCommissionSelectsAtAHeldSessionWithThePatientsAgreement(string? session, bool agreed, string missing)
    {
        var facts = new AbroadCaseFacts(new HashSet<AbroadDocument>(), Monday) { SessionDate = session is null ? null : DateOnly.Parse(session, System.Globalization.CultureInfo.InvariantCulture), SelectionAgreed = agreed };

        var result = AbroadStepCheck.Complete(Law, Scheme, Scheme.Step(5), facts);

        Assert.Equal(missing, result.IsError ? result.Error!.Args["missing"] : string.Empty);
    }

    [Fact]
    public void Check_TheContractOfAChildNeedsTheAccompanyingPerson()
    {
        var holding = new HashSet<AbroadDocument> { AbroadDocument.Contract };
        var child = new AbroadCaseFacts(holding, Monday) { ContractDetailsGiven = true, AccompanyingPersonNeeded = true };

        Assert.IsType<AbroadStepIncomplete>(AbroadStepCheck.Complete(Law, Scheme, Scheme.Step(6), child).Error);
        Assert.False(AbroadStepCheck.Complete(Law, Scheme, Scheme.Step(6), child with { AccompanyingPersonGiven = true }).IsError);
    }

    [Fact]
    public void Calendar_OneRegularSessionAMonthOnAWorkingDay_ExtraordinaryWithAReason()
    {
        var calendar = AbroadTestData.Calendar2026;
        CommissionSession[] existing = [new(Guid.NewGuid(), new DateOnly(2026, 11, 25), CommissionSessionKind.Regular)];

        Assert.Equal("abroad.session_month_taken", CommissionCalendar.Schedule(calendar, existing, Guid.NewGuid(), new DateOnly(2026, 11, 26), CommissionSessionKind.Regular, null, Monday).Error?.Code);
        Assert.Equal("abroad.session_not_working_day", CommissionCalendar.Schedule(calendar, existing, Guid.NewGuid(), new DateOnly(2026, 11, 7), CommissionSessionKind.Extraordinary, "x", Monday).Error?.Code);
        Assert.Equal("abroad.session_in_past", CommissionCalendar.Schedule(calendar, existing, Guid.NewGuid(), new DateOnly(2026, 10, 30), CommissionSessionKind.Extraordinary, "x", Monday).Error?.Code);
        Assert.Equal("abroad.session_reason_required", CommissionCalendar.Schedule(calendar, existing, Guid.NewGuid(), new DateOnly(2026, 11, 10), CommissionSessionKind.Extraordinary, " ", Monday).Error?.Code);
        Assert.False(CommissionCalendar.Schedule(calendar, existing, Guid.NewGuid(), new DateOnly(2026, 12, 9), CommissionSessionKind.Regular, null, Monday).IsError);
        Assert.Equal("calendar.year_missing", CommissionCalendar.Schedule(calendar, existing, Guid.NewGuid(), new DateOnly(2027, 1, 13), CommissionSessionKind.Regular, null, Monday).Error?.Code);
        Assert.False(CommissionCalendar.Schedule(calendar, existing, Guid.NewGuid(), Monday, CommissionSessionKind.Extraordinary, "continue", Monday).IsError);
    }

    [Fact]
    public void Calendar_OnlyAContinuationGoesBeforeAnEarlierExtraordinarySession()
    {
        var regular = new CommissionSession(Guid.NewGuid(), new DateOnly(2026, 11, 25), CommissionSessionKind.Regular);
        var extraordinary = new CommissionSession(Guid.NewGuid(), new DateOnly(2026, 11, 10), CommissionSessionKind.Extraordinary);
        var past = new CommissionSession(Guid.NewGuid(), new DateOnly(2026, 10, 28), CommissionSessionKind.Regular);
        CommissionSession[] sessions = [past, regular, extraordinary];

        Assert.Equal(regular, CommissionCalendar.NextFor(sessions, Monday, continuationOfTreatment: false));
        Assert.Equal(extraordinary, CommissionCalendar.NextFor(sessions, Monday, continuationOfTreatment: true));
        Assert.Null(CommissionCalendar.NextFor(sessions, new DateOnly(2026, 11, 26), continuationOfTreatment: true));
    }

    private static AbroadStep Step(int number, AbroadActor actor, AbroadActor? to, params AbroadDocument[] documents) =>
        new(number, actor, to, new BilingualText("kk", "ru"), documents, new WorkingDays(1), AbroadTestData.Current.Source, null);
}
