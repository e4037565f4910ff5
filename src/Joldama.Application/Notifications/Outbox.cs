using Joldama.Data;
using Joldama.Data.Notifications;
using Joldama.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Notifications;

/// <summary>
/// Writes notifications to the outbox in the caller's unit of work: <see cref="Enqueue"/> only adds the row,
/// so the caller's SaveChanges (inside its transaction) commits it together with the state change, or not at all.
/// <see cref="OutboxDelivery"/> sends it later.
/// </summary>
public sealed class Outbox(TimeProvider clock)
{
    private static readonly string[] Languages = ["kk", "ru"];

    /// <summary>Adds the message to <paramref name="db"/> without saving; returns its id (the idempotency key).</summary>
    /// <remarks>Cabinet messages need no transport: they are delivered the moment they are stored.</remarks>
    public Guid Enqueue(JoldamaDbContext db, OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(db);
        Check(message);
        var now = clock.GetUtcNow();
        var record = new OutboxMessageRecord
        {
            Id = Guid.NewGuid(),
            Channel = message.Channel,
            Recipient = message.Recipient,
            Subject = message.Subject,
            Body = message.Body,
            Language = message.Language,
            PatientId = message.PatientId,
            ReferralId = message.ReferralId,
            Topic = message.Topic,
            CreatedAt = now,
            NextAttemptAt = now,
            DeliveredAt = message.Channel == NotificationChannel.Cabinet ? now : null,
        };
        db.OutboxMessages.Add(record);
        return record.Id;
    }

    /// <summary>The patient's cabinet, newest first (at most <paramref name="take"/> messages).</summary>
    public static async Task<IReadOnlyList<CabinetMessage>> CabinetAsync(
        JoldamaDbContext db, Guid patientId, int take = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.PatientId == patientId && m.Channel == NotificationChannel.Cabinet)
            .OrderByDescending(m => m.CreatedAt)
            .Take(take)
            .Select(m => new CabinetMessage(m.Id, m.Subject, m.Body, m.Language, m.Topic, m.ReferralId, m.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    // A malformed message is a bug in the caller, not an expected failure: it throws.
    private static void Check(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Recipient, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Body, nameof(message));
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Topic, nameof(message));
        if (!Languages.Contains(message.Language, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Language must be kk or ru, not '{message.Language}'.", nameof(message));
        }

        if (message.Channel == NotificationChannel.Email && string.IsNullOrWhiteSpace(message.Subject))
        {
            throw new ArgumentException("An e-mail needs a subject.", nameof(message));
        }

        if (message.Channel == NotificationChannel.Cabinet && message.PatientId is null)
        {
            throw new ArgumentException("A cabinet message needs the patient id.", nameof(message));
        }
    }
}
