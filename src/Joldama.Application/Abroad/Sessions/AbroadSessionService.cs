using Joldama.Application.Abroad.Notifications;
using Joldama.Application.Abroad.Offers;
using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Abroad.Sessions;

/// <summary>A case on a session's agenda: who, what for, and the offers the commission chooses from.</summary>
public sealed record AgendaItem(AbroadCaseRecord Case, string PatientName, string PatientIin, IReadOnlyList<AbroadOfferRecord> Offers);

/// <summary>A session with how many cases it has on its agenda.</summary>
public sealed record SessionSummary(AbroadSessionRecord Session, int Cases);

/// <summary>
/// The ministry commission's calendar (seed 003 lines 222-223): the working body or the commission schedules the monthly
/// session and, when treatment must continue, an extraordinary one. Cases waiting for a session are put on the agenda
/// of the first one that takes them as soon as it is scheduled; the commission's term then runs from its date.
/// </summary>
public sealed class AbroadSessionService(JoldamaDbContext db, LawLibrary law, AbroadNotices notices, AuditLog audit, TimeProvider clock)
{
    public static bool MaySchedule(AccessScope scope) => scope?.Can(Permission.ScheduleAbroadSessions) == true;

    public async Task<List<SessionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var sessions = await db.AbroadSessions.AsNoTracking().OrderByDescending(s => s.Date).Take(60).ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var counts = await db.AbroadCases.Where(c => c.SessionId != null && ids.Contains(c.SessionId.Value))
            .GroupBy(c => c.SessionId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. sessions.Select(s => new SessionSummary(s, counts.GetValueOrDefault(s.Id)))];
    }

    public async Task<Result<AbroadSessionRecord>> ScheduleAsync(
        AccessScope scope, string? dateText, string? kindText, string? reasonText, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!MaySchedule(scope))
        {
            return new AbroadStepNotPermitted("schedule");
        }

        var date = InputDates.Parse(dateText, "date");
        var kind = InputEnums.Parse<CommissionSessionKind>(kindText, "kind");
        var reason = InputText.Optional(reasonText, "reason", 2000);
        if (date.IsError || kind.IsError || reason.IsError)
        {
            return date.Error ?? kind.Error ?? reason.Error!;
        }

        var existing = await db.AbroadSessions.AsNoTracking().Select(s => new CommissionSession(s.Id, s.Date, s.Kind)).ToListAsync(cancellationToken);
        var today = clock.TodayInKazakhstan();
        var session = CommissionCalendar.Schedule(law.Calendar, existing, Guid.NewGuid(), date.Value, kind.Value, reason.Value, today);
        if (session.IsError)
        {
            return session.Error;
        }

        var record = new AbroadSessionRecord
        {
            Id = session.Value.Id, Date = date.Value, Kind = kind.Value, Reason = reason.Value, CreatedAt = clock.GetUtcNow(), CreatedByUserId = scope.UserId,
        };
        db.AbroadSessions.Add(record);
        await PlaceWaitingCasesAsync([.. existing, session.Value], session.Value, today, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "abroad.session_schedule", "abroad-session", record.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    /// <summary>The agenda: the cases on the session, each with its offers. Reading it is a read of each patient's data (audited).</summary>
    public async Task<Result<(AbroadSessionRecord Session, List<AgendaItem> Items)>> AgendaAsync(
        AccessScope scope, Guid sessionId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var session = await db.AbroadSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || !scope.Can(Permission.ViewAbroadSessions))
        {
            return new AbroadSessionNotFound(sessionId);
        }

        var rows = await (from c in db.AbroadCases.AsNoTracking()
                          join p in db.Patients.AsNoTracking() on c.PatientId equals p.Id
                          where c.SessionId == sessionId
                          orderby c.ContinuationOfTreatment descending, c.CreatedAt
                          select new { Case = c, Patient = p }).ToListAsync(cancellationToken);
        var caseIds = rows.Select(r => r.Case.Id).ToList();
        var offers = (await db.AbroadOffers.AsNoTracking().Where(o => caseIds.Contains(o.CaseId)).ToListAsync(cancellationToken)).ToLookup(o => o.CaseId);
        foreach (var row in rows)
        {
            await audit.AppendAsync(actor, "abroad.agenda_read", "abroad", row.Case.Id.ToString(), row.Patient.Iin, AuditOutcome.Allowed, cancellationToken);
        }

        return (session, [.. rows.Select(r => new AgendaItem(r.Case, r.Patient.FullName, r.Patient.Iin, AbroadOfferService.Compared(offers[r.Case.Id])))]);
    }

    /// <summary>
    /// Cases at the commission's step without a session go on the first session that takes them; an extraordinary
    /// session also takes the continuations booked for a later session, since they must not wait (seed 003 line 223).
    /// </summary>
    private async Task PlaceWaitingCasesAsync(List<CommissionSession> sessions, CommissionSession added, DateOnly today, CancellationToken cancellationToken)
    {
        var extraordinary = added.Kind == CommissionSessionKind.Extraordinary;
        var later = sessions.Where(s => s.Date > added.Date).Select(s => s.Id).ToList();
        var waiting = await db.AbroadCases.Where(c => c.Status == AbroadCaseStatus.InProgress
            && (c.SessionId == null || (extraordinary && c.ContinuationOfTreatment && later.Contains(c.SessionId.Value)))).ToListAsync(cancellationToken);
        foreach (var record in waiting)
        {
            var scheme = law.Abroad.Scheme(record.SchemeId);
            var step = scheme.Step(record.CurrentStep);
            if (!AbroadStepRules.IsCommissionStep(step) || CommissionCalendar.NextFor(sessions, today, record.ContinuationOfTreatment) is not { } session
                || session.Id == record.SessionId)
            {
                continue;
            }

            record.SessionId = session.Id;
            record.DueOn = AbroadSchedule.DueFromSession(law, step, session.Date);
            record.Version++;
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == record.PatientId, cancellationToken);
            notices.Enqueue(record, patient, AbroadNotice.OnAgenda, date: session.Date);
        }
    }
}
