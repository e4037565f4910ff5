using System.Globalization;
using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;
using Joldama.Domain.Referrals;

namespace Joldama.Domain.Tests.Referrals;

/// <summary>The terms of seed 001 §35, §38, §39 as the data file will give them, a 2026 calendar, and valid steps.</summary>
internal static class ReferralTestData
{
    private const string Seed = "001_5e2574b563d27392.txt";

    /// <summary>The default terms: 2, 2 and 1 working days, the report in the first quarter (production loads them from referral-process.json).</summary>
    public static ReferralRules Rules { get; } = new(
        new WorkingDays(2), new WorkingDays(2), new WorkingDays(1), 1,
        new Dictionary<string, SeedReference>(StringComparer.Ordinal)
        {
            ["CommissionReview"] = new(Seed, "§35.1", "303-305"),
            ["ProviderReview"] = new(Seed, "§38", "319-321"),
            ["InformPatient"] = new(Seed, "§39 ¶1", "322-325"),
            ["AnnualReportQuarter"] = new(Seed, "§42", "362-363"),
        });

    // 2026 as decreed for the days used here: Nauryz 21–23 March (Sat–Mon) with the Saturday and Sunday moved to
    // Tuesday 24 and Wednesday 25; Independence Day on Wednesday 16 December.
    public static WorkingCalendar Calendar2026 { get; } = new([
        CalendarYear.Create(2026, [
            new CalendarDay(D("2026-03-21"), DayKind.Holiday, "Наурыз мейрамы", "Наурыз мейрамы", "test"),
            new CalendarDay(D("2026-03-22"), DayKind.Holiday, "Наурыз мейрамы", "Наурыз мейрамы", "test"),
            new CalendarDay(D("2026-03-23"), DayKind.Holiday, "Наурыз мейрамы", "Наурыз мейрамы", "test"),
            new CalendarDay(D("2026-03-24"), DayKind.MovedDayOff, "Перенос", "Ауыстыру", "test"),
            new CalendarDay(D("2026-03-25"), DayKind.MovedDayOff, "Перенос", "Ауыстыру", "test"),
            new CalendarDay(D("2026-12-16"), DayKind.Holiday, "День Независимости", "Тәуелсіздік күні", "test"),
        ], ["test"]).Value,
    ]);

    /// <summary>Monday 14 December 2026, 10:00 in Kazakhstan (UTC+5).</summary>
    public static DateTimeOffset Monday { get; } = T("2026-12-14T10:00:00+05:00");

    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset T(string moment) => DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture);

    public static ReferralActor Actor(ActorKind kind) => new($"{kind}-user-1", kind);

    /// <summary>A step for <paramref name="trigger"/> by <paramref name="kind"/> with every value any row may require.</summary>
    public static ReferralStep Step(ReferralTrigger trigger, ActorKind kind, DateTimeOffset? at = null) =>
        new(trigger, Actor(kind), at ?? Monday, "because")
        {
            CoSigner = "Head of surgery",
            ProtocolNumber = "P-17/2026",
            Ground = RejectionGround.NoIndications,
            ReferralNumber = "KZ-2026-000123",
            HospitalizationDate = D("2026-12-14"),
            Channel = InformChannel.Sms,
            DischargeSummary = "Epicrisis",
            FollowUpPlan = "Cardiologist at 1, 3, 6, 12 months",
            CancellationReason = CancellationReason.PatientDeclined,
        };

    /// <summary>A valid step for <paramref name="row"/>, fired by the first actor kind the row allows.</summary>
    public static ReferralStep Step(ReferralTransition row) => Step(row.Trigger, row.By[0]);
}
