using Joldama.Domain.Calendar;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Conformity.Workflow;

/// <summary>The terms of the conformity procedure, counted by the one working calendar.</summary>
public static class Deadlines
{
    /// <summary>
    /// The day by which the department must decide: 30 calendar days from receipt (§26.1), or from a re-issue
    /// request (§30); a last day that is not a working day moves to the next working day.
    /// </summary>
    public static Result<DateOnly> ReviewDue(WorkingCalendar calendar, ConformityRules rules, ApplicationKind kind, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rules);
        return calendar.AddCalendarDays(receivedOn, kind == ApplicationKind.Reissue ? rules.ReissuePeriod : rules.ReviewPeriod);
    }

    /// <summary>
    /// §29: the last day the provider may record a change of staff or devices that happened on <paramref name="changedOn"/>
    /// (10 working days later).
    /// </summary>
    public static Result<DateOnly> DataUpdateDue(WorkingCalendar calendar, ConformityRules rules, DateOnly changedOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(rules);
        return calendar.AddWorkingDays(changedOn, rules.DataUpdatePeriod);
    }
}
