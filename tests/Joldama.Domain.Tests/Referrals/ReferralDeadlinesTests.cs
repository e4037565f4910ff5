using Joldama.Domain.Referrals;
using static Joldama.Domain.Tests.Referrals.ReferralTestData;

namespace Joldama.Domain.Tests.Referrals;

/// <summary>
/// §35.1, §38, §39: 2, 2 and 1 working days from the moment the step began, counted from its local date in Kazakhstan,
/// the start day not counted, across weekends, Independence Day (16.12.2026) and Nauryz with its moved days (21–25.03.2026).
/// </summary>
public class ReferralDeadlinesTests
{
    [Theory]
    // Monday 14 Dec: Tue 15, (Wed 16 holiday), Thu 17.
    [InlineData("2026-12-14T17:00:00+05:00", ReferralDeadline.CommissionReview, "2026-12-17")]
    [InlineData("2026-12-14T17:00:00+05:00", ReferralDeadline.ProviderReview, "2026-12-17")]
    [InlineData("2026-12-15T09:00:00+05:00", ReferralDeadline.InformPatient, "2026-12-17")]
    // Friday 11 Dec evening: the weekend is not counted, Mon 14, Tue 15.
    [InlineData("2026-12-11T21:30:00+05:00", ReferralDeadline.CommissionReview, "2026-12-15")]
    [InlineData("2026-12-11T21:30:00+05:00", ReferralDeadline.InformPatient, "2026-12-14")]
    // Started on the holiday itself: the start day is not counted either way — Thu 17, Fri 18.
    [InlineData("2026-12-16T11:00:00+05:00", ReferralDeadline.CommissionReview, "2026-12-18")]
    [InlineData("2026-12-16T11:00:00+05:00", ReferralDeadline.InformPatient, "2026-12-17")]
    // Friday 20 March evening before Nauryz: 21–25 off (holidays and moved days), so Thu 26, Fri 27.
    [InlineData("2026-03-20T19:00:00+05:00", ReferralDeadline.CommissionReview, "2026-03-27")]
    [InlineData("2026-03-20T19:00:00+05:00", ReferralDeadline.InformPatient, "2026-03-26")]
    // Started on Nauryz (Monday 23 March, a holiday).
    [InlineData("2026-03-23T10:00:00+05:00", ReferralDeadline.ProviderReview, "2026-03-27")]
    // On a moved day off (Tuesday 24 March).
    [InlineData("2026-03-24T10:00:00+05:00", ReferralDeadline.InformPatient, "2026-03-26")]
    public void Due_CountsWorkingDaysAfterTheLocalStartDate(string startedAt, ReferralDeadline deadline, string due)
    {
        Assert.Equal(D(due), ReferralDeadlines.Due(Calendar2026, Rules, deadline, T(startedAt)).Value);
    }

    [Fact]
    public void Due_StartDateIsKazakhstans_NotUtcs()
    {
        // Thursday 10 Dec 20:00 UTC is Friday 11 Dec 01:00 in Kazakhstan: due Tuesday, not Monday.
        Assert.Equal(D("2026-12-15"), ReferralDeadlines.Due(Calendar2026, Rules, ReferralDeadline.CommissionReview, T("2026-12-10T20:00:00Z")).Value);
    }

    [Fact]
    public void Due_TermsComeFromTheRules()
    {
        var rules = Rules with { CommissionReview = new(3) };

        Assert.Equal(D("2026-12-18"), ReferralDeadlines.Due(Calendar2026, rules, ReferralDeadline.CommissionReview, T("2026-12-14T10:00:00+05:00")).Value);
    }

    [Fact]
    public void Due_OutsideTheLoadedYears_IsAnError()
    {
        var result = ReferralDeadlines.Due(Calendar2026, Rules, ReferralDeadline.CommissionReview, T("2026-12-30T10:00:00+05:00"));

        Assert.Equal("calendar.year_missing", result.Error?.Code);
    }

    [Theory]
    [InlineData("2026-12-16", DueState.Open)]
    [InlineData("2026-12-17", DueState.DueToday)]
    [InlineData("2026-12-18", DueState.Overdue)]
    public void StateOn_TheDueDayAndTheDayAfter(string today, DueState expected)
    {
        var due = ReferralDeadlines.Due(Calendar2026, Rules, ReferralDeadline.CommissionReview, T("2026-12-14T17:00:00+05:00")).Value;

        Assert.Equal(expected, ReferralDeadlines.StateOn(due, D(today)));
    }

    [Theory]
    [InlineData(ReferralState.SentToCommission, ReferralDeadline.CommissionReview)]
    [InlineData(ReferralState.Registered, ReferralDeadline.ProviderReview)]
    [InlineData(ReferralState.AcceptedByProvider, ReferralDeadline.InformPatient)]
    public void RunningIn_TheStateWhereTheStepWaits(ReferralState state, ReferralDeadline deadline)
    {
        Assert.Equal(deadline, ReferralDeadlines.RunningIn(state));
    }

    [Theory]
    [InlineData(ReferralState.Draft)]
    [InlineData(ReferralState.Approved)]
    [InlineData(ReferralState.PatientInformed)]
    [InlineData(ReferralState.Closed)]
    public void RunningIn_OtherStates_None(ReferralState state)
    {
        Assert.Null(ReferralDeadlines.RunningIn(state));
    }
}
