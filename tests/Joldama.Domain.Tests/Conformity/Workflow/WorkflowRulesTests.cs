using System.Globalization;
using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity.Workflow;

namespace Joldama.Domain.Tests.Conformity.Workflow;

/// <summary>
/// The terms of seed 001 §23–30 as pure rules: the filing window on its boundary dates, the validity periods of §26,
/// the inspector's justification, and the calendar-day and working-day deadlines across a public holiday.
/// </summary>
public class WorkflowRulesTests
{
    internal static readonly ConformityRules Rules = new(
        new MonthDay(9, 15), new MonthDay(10, 15), FirstTimeNextYearInWindow: true, new CalendarDays(30), NextYearValidity.CalendarYear,
        new CalendarDays(30), new WorkingDays(10), 3, new Dictionary<string, SeedReference>());

    // 2026 as decreed for the days used here: Republic Day 25.10 (Sunday) moved to 26.10; Independence Day 16.12.
    private static readonly WorkingCalendar Calendar = new([
        CalendarYear.Create(2026, [
            new CalendarDay(D("2026-10-25"), DayKind.Holiday, "День Республики", "Республика күні", "test"),
            new CalendarDay(D("2026-10-26"), DayKind.MovedDayOff, "Перенос", "Ауыстыру", "test"),
            new CalendarDay(D("2026-12-16"), DayKind.Holiday, "День Независимости", "Тәуелсіздік күні", "test"),
        ], ["test"]).Value,
    ]);

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-09-14", false)]
    [InlineData("2026-09-15", true)]
    [InlineData("2026-10-15", true)]
    [InlineData("2026-10-16", false)]
    public void Window_RegularForNextYear_OpenFrom15SeptemberTo15OctoberInclusive(string filedOn, bool accepted)
    {
        var result = FilingWindow.Check(Rules, D(filedOn), 2027, firstTime: false);

        Assert.Equal(accepted, !result.IsError);
        if (!accepted)
        {
            var closed = Assert.IsType<FilingWindowClosed>(result.Error);
            Assert.Equal("conformity.window_closed", closed.Code);
            Assert.Equal("2026-09-15", closed.Args["opens"]);
            Assert.Equal("2026-10-15", closed.Args["closes"]);
        }
    }

    [Theory]
    [InlineData("2026-01-02")]
    [InlineData("2026-06-30")]
    [InlineData("2026-12-31")]
    public void Window_FirstTimeForCurrentYear_AnyDay(string filedOn)
    {
        var result = FilingWindow.Check(Rules, D(filedOn), 2026, firstTime: true);

        Assert.Equal(ApplicationKind.FirstTime, result.Value);
    }

    [Theory]
    [InlineData("2026-09-14", false)]
    [InlineData("2026-09-15", true)]
    [InlineData("2026-10-15", true)]
    [InlineData("2026-10-16", false)]
    public void Window_FirstTimeForNextYear_FollowsThe23Window(string filedOn, bool accepted)
    {
        // §24 ¶2: «алдағы жылға … 23-тармағында көрсетілген мерзімдерде».
        Assert.Equal(accepted, !FilingWindow.Check(Rules, D(filedOn), 2027, firstTime: true).IsError);
    }

    [Fact]
    public void Window_FirstTimeForNextYear_AnyDayWhenTheRulesSaySo()
    {
        var rules = Rules with { FirstTimeNextYearInWindow = false };

        Assert.Equal(ApplicationKind.FirstTime, FilingWindow.Check(rules, D("2026-11-22"), 2027, firstTime: true).Value);
    }

    [Theory]
    [InlineData(2026, false)]
    [InlineData(2028, false)]
    [InlineData(2025, true)]
    [InlineData(2028, true)]
    public void Window_OtherYears_Refused(int year, bool firstTime)
    {
        var error = Assert.IsType<FilingYearNotAllowed>(FilingWindow.Check(Rules, D("2026-09-20"), year, firstTime).Error);

        Assert.Equal("2027", error.Args["nextYear"]);
    }

    [Fact]
    public void Validity_FirstTimeCurrentYear_FromRegistrationTo31December()
    {
        Assert.Equal(new ValidityPeriod(D("2026-11-23"), D("2026-12-31")), ValidityPeriod.For(Rules, 2026, D("2026-11-23")));
    }

    [Fact]
    public void Validity_NextYear_CalendarYearBy262()
    {
        Assert.Equal(new ValidityPeriod(D("2027-01-01"), D("2027-12-31")), ValidityPeriod.For(Rules, 2027, D("2026-09-20")));
    }

    [Theory]
    [InlineData("2026-09-20", "2027-09-19")]
    [InlineData("2027-09-15", "2028-09-14")]
    [InlineData("2027-10-15", "2028-10-14")]
    public void Validity_NextYear_OneCalendarYearFromRegistrationBy263(string registered, string lastDay)
    {
        var rules = Rules with { NextYearValidity = NextYearValidity.YearFromRegistration };
        var year = D(registered).Year + 1;

        Assert.Equal(new ValidityPeriod(D(registered), D(lastDay)), ValidityPeriod.For(rules, year, D(registered)));
    }

    [Fact]
    public void Validity_Contains_BothEndsIncluded()
    {
        var period = new ValidityPeriod(D("2027-01-01"), D("2027-12-31"));

        Assert.True(period.Contains(D("2027-01-01")));
        Assert.True(period.Contains(D("2027-12-31")));
        Assert.False(period.Contains(D("2026-12-31")));
        Assert.False(period.Contains(D("2028-01-01")));
    }

    [Theory]
    [InlineData(true, true, null)]
    [InlineData(false, false, null)]
    [InlineData(false, false, "   ")]
    public void Review_ConfirmingTheMachine_NeedsNoJustification(bool machine, bool met, string? justification)
    {
        var review = CriterionReview.Decide(3, machine, met, justification).Value;

        Assert.False(review.Overrides);
        Assert.Equal(met, review.Met);
        Assert.Null(review.Justification);
    }

    [Theory]
    [InlineData(false, true, null)]
    [InlineData(true, false, "")]
    [InlineData(true, false, "too short")]
    public void Review_OverrideWithoutJustification_Refused(bool machine, bool met, string? justification)
    {
        var error = Assert.IsType<JustificationRequired>(CriterionReview.Decide(3, machine, met, justification).Error);

        Assert.Equal(3, error.Criterion);
        Assert.Equal("4", error.Args["criterion"]); // numbered from 1 for people
        Assert.Equal("10", error.Args["min"]);
    }

    [Fact]
    public void Review_OverrideWithJustification_Recorded()
    {
        var review = CriterionReview.Decide(0, false, true, "  The certificate was renewed on 2026-11-20; copy attached.  ").Value;

        Assert.True(review.Overrides);
        Assert.True(review.Met);
        Assert.Equal("The certificate was renewed on 2026-11-20; copy attached.", review.Justification);
    }

    [Theory]
    [InlineData("2026-11-02", "2026-12-02")] // a Wednesday: 30 days later, a working day
    [InlineData("2026-11-16", "2026-12-17")] // day 30 is 16 December, Independence Day: moves to the 17th
    [InlineData("2026-09-25", "2026-10-27")] // day 30 is 25 October (holiday, Sunday), 26th moved day off: the 27th
    [InlineData("2026-10-02", "2026-11-02")] // day 30 is Sunday 1 November: Monday
    public void ReviewDue_ThirtyCalendarDays_LastDayMovesOffANonWorkingDay(string received, string due)
    {
        Assert.Equal(D(due), Deadlines.ReviewDue(Calendar, Rules, ApplicationKind.Regular, D(received)).Value);
    }

    [Fact]
    public void ReviewDue_Reissue_UsesTheReissuePeriod()
    {
        var rules = Rules with { ReissuePeriod = new CalendarDays(15) };

        Assert.Equal(D("2026-11-17"), Deadlines.ReviewDue(Calendar, rules, ApplicationKind.Reissue, D("2026-11-02")).Value);
    }

    [Fact]
    public void ReviewDue_RunsPastTheLoadedYears_YearMissing()
    {
        var error = Assert.IsType<CalendarYearMissing>(Deadlines.ReviewDue(Calendar, Rules, ApplicationKind.Regular, D("2026-12-15")).Error);

        Assert.Equal(2027, error.Year);
    }

    [Theory]
    [InlineData("2026-12-01", "2026-12-15")] // ten working days, no holiday
    [InlineData("2026-12-10", "2026-12-25")] // across Independence Day (16.12): one day later
    [InlineData("2026-10-20", "2026-11-04")] // across 26.10 (moved day off)
    public void DataUpdateDue_TenWorkingDays_AcrossHolidays(string changed, string due)
    {
        Assert.Equal(D(due), Deadlines.DataUpdateDue(Calendar, Rules, D(changed)).Value);
    }
}
