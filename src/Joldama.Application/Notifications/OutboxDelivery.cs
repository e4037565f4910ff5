using Joldama.Data;
using Joldama.Data.Notifications;
using Joldama.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Notifications;

/// <summary>
/// One delivery pass over the outbox: claims due messages one at a time, sends each, and records the outcome
/// (delivered, a retry after back-off, or given up). Several instances may run passes at once:
/// on PostgreSQL a message is claimed with <c>FOR UPDATE SKIP LOCKED</c> and the lock is held while it is sent;
/// on SQLite (one instance) it is claimed with a lease. Logs carry message ids only, never recipients or texts.
/// </summary>
public sealed class OutboxDelivery(
    JoldamaDbContext db, ISmsSender sms, IEmailSender email, OutboxOptions options, TimeProvider clock, ILogger<OutboxDelivery> log)
{
    /// <summary>Handles up to <see cref="OutboxOptions.BatchSize"/> due messages; returns how many it handled.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var handled = 0;
        var locks = db.Database.IsNpgsql();
        while (handled < options.BatchSize && await (locks ? DeliverLockedAsync(cancellationToken) : DeliverLeasedAsync(cancellationToken)))
        {
            handled++;
        }

        return handled;
    }

    private async Task<bool> DeliverLockedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var claimed = await db.OutboxMessages.FromSql($"""
                SELECT * FROM outbox_messages
                WHERE "DeliveredAt" IS NULL AND "FailedAt" IS NULL AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt"
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                return false;
            }

            // The row stays locked until the commit: another instance skips it and never sends it too.
            Record(claimed[0], await SendAsync(claimed[0], cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> DeliverLeasedAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var now = clock.GetUtcNow();
                var due = await db.OutboxMessages
                    .Where(m => m.DeliveredAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
                    .OrderBy(m => m.NextAttemptAt)
                    .Select(m => new { m.Id, m.NextAttemptAt })
                    .FirstOrDefaultAsync(cancellationToken);
                if (due is null)
                {
                    return false;
                }

                // One UPDATE guarded by the time read above: SQLite writes one at a time, so one pass wins the claim.
                // The lease hides the row while it is sent and gives it back if this process dies meanwhile.
                var won = await db.OutboxMessages
                    .Where(m => m.Id == due.Id && m.NextAttemptAt == due.NextAttemptAt && m.DeliveredAt == null && m.FailedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now + options.ClaimLease), cancellationToken);
                if (won == 0)
                {
                    continue;
                }

                var row = await db.OutboxMessages.SingleAsync(m => m.Id == due.Id, cancellationToken);
                SendOutcome outcome;
                try
                {
                    outcome = await SendAsync(row, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Stopping: give the message back now rather than after the lease.
                    await db.OutboxMessages.Where(m => m.Id == due.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, due.NextAttemptAt), CancellationToken.None);
                    throw;
                }

                Record(row, outcome);
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<SendOutcome> SendAsync(OutboxMessageRecord row, CancellationToken cancellationToken)
    {
        try
        {
            return row.Channel switch
            {
                NotificationChannel.Sms => await sms.SendAsync(new SmsMessage(row.Id, row.Recipient, row.Body), cancellationToken),
                NotificationChannel.Email => await email.SendAsync(
                    new EmailMessage(row.Id, row.Recipient, row.Subject ?? string.Empty, row.Body, row.Language), cancellationToken),
                _ => SendOutcome.Permanent($"channel {row.Channel} has no transport"),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in a transport must not stop the queue: the message is retried and, at worst, given up.
            OutboxLog.TransportThrew(log, e, row.Id, row.Channel);
            return SendOutcome.Transient("transport threw " + e.GetType().Name);
        }
    }

    private void Record(OutboxMessageRecord row, SendOutcome outcome)
    {
        var now = clock.GetUtcNow();
        row.Attempts++;
        row.LastError = outcome.Error is { Length: > 1000 } error ? error[..1000] : outcome.Error;
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                row.DeliveredAt = now;
                OutboxLog.Delivered(log, row.Id, row.Channel, row.Attempts);
                break;
            case SendStatus.Transient when row.Attempts < options.MaxAttempts:
                row.NextAttemptAt = now + options.RetryDelay(row.Attempts);
                OutboxLog.Retrying(log, row.Id, row.Channel, row.Attempts, row.NextAttemptAt);
                break;
            default:
                row.FailedAt = now;
                OutboxLog.GivenUp(log, row.Id, row.Channel, row.Attempts, outcome.Status);
                break;
        }
    }
}
