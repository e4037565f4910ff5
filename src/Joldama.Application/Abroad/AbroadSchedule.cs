using Joldama.Application.Law;
using Joldama.Domain.Abroad;
using Joldama.Domain.Shared;

namespace Joldama.Application.Abroad;

/// <summary>A step's due date by the one working calendar; null when the calendar year is not loaded (shown as unknown, never guessed).</summary>
internal static class AbroadSchedule
{
    public static DateOnly? DueOf(LawLibrary law, AbroadStep step, DateTimeOffset startedAt) =>
        AbroadDeadlines.Due(law.Calendar, step, startedAt) is { IsError: false } due ? due.Value : null;

    /// <summary>The commission's step runs from its session (seed 003 lines 222-223: the wait for the session is outside the term).</summary>
    public static DateOnly? DueFromSession(LawLibrary law, AbroadStep step, DateOnly session) =>
        DueOf(law, step, KazakhstanTime.StartOfDay(session));
}
