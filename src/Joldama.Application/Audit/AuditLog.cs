using Joldama.Data;
using Joldama.Data.Audit;
using Joldama.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Audit;

/// <summary>
/// Appends to the hash-chained audit log in the caller's transaction, so that a change and its
/// record commit together or not at all.
/// </summary>
/// <remarks>
/// Appends are ordered by updating the single head row first (UPDATE … RETURNING, on both engines): on PostgreSQL that takes the row's
/// lock, on SQLite the database's write lock, so concurrent appends — from several instances too —
/// wait for each other instead of forking the chain.
/// </remarks>
public sealed class AuditLog(JoldamaDbContext db, TimeProvider clock)
{
    public async Task AppendAsync(
        AuditActor actor, string action, string entityType, string entityId, string? patientIin, AuditOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // One round trip takes the head's lock, advances it and reads it back; the record and the new hash then go
            // in one batch. The lock is held until commit, so every round trip saved here is throughput for all writers.
            var head = (await db.Database.SqlQueryRaw<HeadRow>(
                "UPDATE audit_head SET \"LastSequence\" = \"LastSequence\" + 1 WHERE \"Id\" = 1 RETURNING \"LastSequence\", \"LastHash\"")
                .ToListAsync(cancellationToken)).Single();
            // Milliseconds: what both engines store exactly (SQLite as ticks, PostgreSQL in microseconds), so the hash re-computes.
            var now = clock.GetUtcNow();
            var entry = new AuditEntry(now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMillisecond)), actor.UserId, actor.Login, actor.Role, actor.OrganizationId,
                action, entityType, entityId, patientIin, actor.RemoteAddress, outcome);
            var hash = AuditChain.Hash(head.LastHash, head.LastSequence, entry);
            db.AuditRecords.Add(new AuditRecord
            {
                Sequence = head.LastSequence,
                At = entry.At,
                ActorUserId = entry.ActorUserId,
                ActorLogin = entry.ActorLogin,
                ActorRole = entry.ActorRole,
                ActorOrganizationId = entry.ActorOrganizationId,
                Action = entry.Action,
                EntityType = entry.EntityType,
                EntityId = entry.EntityId,
                PatientIin = entry.PatientIin,
                RemoteAddress = entry.RemoteAddress,
                Outcome = entry.Outcome,
                PreviousHash = head.LastHash,
                Hash = hash,
            });
            var tracked = db.AuditHeads.Local.FirstOrDefault(h => h.Id == AuditHead.SingletonId);
            if (tracked is null)
            {
                tracked = new AuditHead { Id = AuditHead.SingletonId, LastSequence = head.LastSequence, LastHash = head.LastHash };
                db.AuditHeads.Attach(tracked);
            }

            tracked.LastSequence = head.LastSequence;
            tracked.LastHash = hash;
            db.Entry(tracked).Property(h => h.LastSequence).IsModified = false; // already advanced by the UPDATE above
            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>The head as the advancing UPDATE returns it.</summary>
    internal sealed record HeadRow(long LastSequence, string LastHash);

    /// <summary>Recomputes the whole chain against the head (the "joldama audit verify" command).</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
        var records = db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable();
        var chained = new List<ChainedAuditRecord>();
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            chained.Add(record.ToChained());
        }

        return AuditChain.Verify(chained, head.LastSequence, head.LastHash);
    }
}
