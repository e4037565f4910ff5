using Joldama.Domain.Calendar;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Referrals;

/// <summary>The working-day terms of a referral, counted by the one working calendar (Calendar/README.md).</summary>
public static class ReferralDeadlines
{
    /// <summary>The deadline that runs while a referral is in <paramref name="state"/>, if any.</summary>
    public static ReferralDeadline? RunningIn(ReferralState state) => state switch
    {
        ReferralState.SentToCommission => ReferralDeadline.CommissionReview,
        ReferralState.Registered => ReferralDeadline.ProviderReview,
        ReferralState.AcceptedByProvider => ReferralDeadline.InformPatient,
        _ => null,
    };

    /// <summary>
    /// The last day of <paramref name="deadline"/> for a step that began at <paramref name="startedAt"/>: its term in
    /// working days after the local (Asia/Almaty) date of that moment, the start day not counted («келіп түскен
    /// сәттен бастап … жұмыс күні ішінде»): a package received on Friday evening is due on Tuesday.
    /// </summary>
    public static Result<DateOnly> Due(WorkingCalendar calendar, ReferralRules rules, ReferralDeadline deadline, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rules);
        return calendar.AddWorkingDays(KazakhstanTime.ToKazakhstanDate(startedAt), rules.TermOf(deadline));
    }

    /// <summary>How a deadline whose last day is <paramref name="due"/> stands on the local date <paramref name="today"/>.</summary>
    public static DueState StateOn(DateOnly due, DateOnly today) =>
        today < due ? DueState.Open : today == due ? DueState.DueToday : DueState.Overdue;
}
