using Joldama.Domain.Calendar;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Abroad;

/// <summary>The working-day terms of the steps of a scheme, counted by the one working calendar (Calendar/README.md).</summary>
public static class AbroadDeadlines
{
    /// <summary>
    /// The last day of <paramref name="step"/> begun at <paramref name="startedAt"/>: its term in working days after the
    /// local (Asia/Almaty) date of that moment, the start day not counted, as for referrals (ReferralDeadlines.Due).
    /// <see cref="StepWithoutDeadline"/> for a step with «—».
    /// </summary>
    public static Result<DateOnly> Due(WorkingCalendar calendar, AbroadStep step, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(step);
        return step.Deadline is { } term
            ? calendar.AddWorkingDays(KazakhstanTime.ToKazakhstanDate(startedAt), term)
            : new StepWithoutDeadline(step.Number);
    }
}
