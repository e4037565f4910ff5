using Joldama.Domain.Calendar;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Abroad.Cases;

/// <summary>A regular monthly session, or an extraordinary one when treatment must continue (seed 003 lines 222-223).</summary>
public enum CommissionSessionKind
{
    Regular,
    Extraordinary,
}

public sealed record CommissionSession(Guid Id, DateOnly Date, CommissionSessionKind Kind);

/// <summary>
/// The ministry commission's calendar. Seed 003 (lines 222-223): «Комиссия проводится 1 раз в месяц. Внеочередная
/// комиссия созывается в случае необходимости продолжения лечения». Cases wait for the next session; only a case whose
/// treatment must continue may go before an extraordinary one.
/// </summary>
public static class CommissionCalendar
{
    public static Result<CommissionSession> Schedule(
        WorkingCalendar calendar, IEnumerable<CommissionSession> existing, Guid id, DateOnly date, CommissionSessionKind kind, string? reason, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(existing);
        if (date < today)
        {
            return new SessionInPast(date);
        }

        // A year without a loaded calendar is refused: the commission's term could not be counted from the session.
        var working = calendar.IsWorkingDay(date);
        if (working.IsError)
        {
            return working.Error;
        }

        if (!working.Value)
        {
            return new SessionNotWorkingDay(date);
        }

        if (kind == CommissionSessionKind.Regular
            && existing.FirstOrDefault(s => s.Kind == CommissionSessionKind.Regular && s.Date.Year == date.Year && s.Date.Month == date.Month) is { } taken)
        {
            return new SessionMonthTaken(taken.Date);
        }

        if (kind == CommissionSessionKind.Extraordinary && string.IsNullOrWhiteSpace(reason))
        {
            return new SessionReasonRequired();
        }

        return new CommissionSession(id, date, kind);
    }

    /// <summary>The session a case waiting from <paramref name="today"/> goes before: the next regular one, or an earlier extraordinary one for a continuation.</summary>
    public static CommissionSession? NextFor(IEnumerable<CommissionSession> sessions, DateOnly today, bool continuationOfTreatment) =>
        sessions.Where(s => s.Date >= today && (s.Kind == CommissionSessionKind.Regular || continuationOfTreatment))
            .OrderBy(s => s.Date).ThenBy(s => s.Kind).FirstOrDefault();
}
