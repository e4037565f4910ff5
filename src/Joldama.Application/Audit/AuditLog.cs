using Joldama.Data;
using Joldama.Data.Audit;
using Joldama.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Audit;

/// <summary>
/// Appends to the audit log in the caller's transaction, so that a change and its record commit together or not at
/// all; <see cref="ChainPendingAsync"/> later gives appended records their place in the hash chain.
/// </summary>
/// <remarks>
/// ADR 10: an append is a plain insert. Chaining it in the request meant taking the chain head's row lock until
/// commit, and every writer and every audited read of every instance queued on that one row (PERFORMANCE.md, issue 7).
/// The record is as durable as before — it commits with the change — and is chained in commit order within a
/// second by <see cref="AuditChainJob"/>; verification chains what is pending first.
/// </remarks>
public sealed class AuditLog(JoldamaDbContext db, TimeProvider clock)
{
    /// <summary>How many records one chaining transaction takes.</summary>
    public const int ChainBatchSize = 2000;

    public async Task AppendAsync(
        AuditActor actor, string action, string entityType, string entityId, string? patientIin, AuditOutcome outcome, CancellationToken cancellationToken = default)
    {
        Add(actor, action, entityType, entityId, patientIin, outcome);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Adds the record to the caller's unit of work without saving: the caller's one <c>SaveChanges</c> then writes the
    /// change and its record in one transaction and one round trip (the hot write paths of the referral lifecycle).
    /// </summary>
    public void Add(AuditActor actor, string action, string entityType, string entityId, string? patientIin, AuditOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // Milliseconds: what both engines store exactly (SQLite as ticks, PostgreSQL in microseconds), so the hash re-computes.
        var now = clock.GetUtcNow();
        db.AuditRecords.Add(new AuditRecord
        {
            At = now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMillisecond)),
            ActorUserId = actor.UserId,
            ActorLogin = actor.Login,
            ActorRole = actor.Role,
            ActorOrganizationId = actor.OrganizationId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            PatientIin = patientIin,
            RemoteAddress = actor.RemoteAddress,
            Outcome = outcome,
        });
    }

    /// <summary>
    /// Chains up to <see cref="ChainBatchSize"/> committed, unchained records in the order of their ids; returns how
    /// many. One instance at a time: on PostgreSQL the head is claimed with <c>FOR UPDATE SKIP LOCKED</c> (another
    /// instance chaining means there is nothing to do here), on SQLite the head's update takes the write lock.
    /// </summary>
    public async Task<int> ChainPendingAsync(CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var head = db.Database.IsNpgsql()
            ? (await db.AuditHeads.FromSql($"SELECT * FROM audit_head WHERE \"Id\" = {AuditHead.SingletonId} FOR UPDATE SKIP LOCKED").ToListAsync(cancellationToken)).SingleOrDefault()
            : await LockedOnSqliteAsync(cancellationToken);
        if (head is null)
        {
            return 0;
        }

        // Read after the lock: a record committed by now is either chained by the holder before us or pending here.
        var pending = await db.AuditRecords.Where(r => r.Sequence == null).OrderBy(r => r.Id).Take(ChainBatchSize).ToListAsync(cancellationToken);
        foreach (var record in pending)
        {
            var sequence = head.LastSequence + 1;
            record.Sequence = sequence;
            record.PreviousHash = head.LastHash;
            record.Hash = AuditChain.Hash(head.LastHash, sequence, record.ToEntry());
            head.LastSequence = sequence;
            head.LastHash = record.Hash;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return pending.Count;
    }

    /// <summary>Chains whatever is pending, then recomputes the whole chain against the head ("joldama audit verify").</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            while (await ChainPendingAsync(cancellationToken) == ChainBatchSize)
            {
            }
        }
        catch (DbUpdateException)
        {
            // A record forged into the next place of the chain blocks chaining (unique sequence); the walk below names it.
            db.ChangeTracker.Clear();
        }

        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
        var records = db.AuditRecords.AsNoTracking().Where(r => r.Sequence != null).OrderBy(r => r.Sequence).AsAsyncEnumerable();
        var chained = new List<ChainedAuditRecord>();
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            chained.Add(record.ToChained());
        }

        return AuditChain.Verify(chained, head.LastSequence, head.LastHash);
    }

    /// <summary>SQLite has no row locks: a no-op update of the head takes the database's write lock for the transaction.</summary>
    private async Task<AuditHead?> LockedOnSqliteAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"UPDATE audit_head SET \"LastSequence\" = \"LastSequence\" WHERE \"Id\" = {AuditHead.SingletonId}", cancellationToken);
        return await db.AuditHeads.SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
    }
}
