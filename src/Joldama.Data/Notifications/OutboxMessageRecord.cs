using Joldama.Domain.Notifications;

namespace Joldama.Data.Notifications;

/// <summary>
/// One notification, written in the same transaction as the state change it tells about and delivered
/// later by the outbox worker. Pending while <see cref="DeliveredAt"/> and <see cref="FailedAt"/> are both null.
/// </summary>
public sealed class OutboxMessageRecord
{
    /// <summary>Also the idempotency key that the SMS gateway and the mail server see.</summary>
    public Guid Id { get; set; }

    public NotificationChannel Channel { get; set; }

    /// <summary>A phone in E.164 (SMS), an e-mail address, or the patient id (cabinet).</summary>
    public string Recipient { get; set; } = string.Empty;

    public string? Subject { get; set; }

    public string Body { get; set; } = string.Empty;

    /// <summary>"kk" or "ru": the language the text is written in.</summary>
    public string Language { get; set; } = string.Empty;

    public Guid? PatientId { get; set; }

    public Guid? ReferralId { get; set; }

    /// <summary>What happened, e.g. "referral.approved".</summary>
    public string Topic { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Given up: a permanent refusal or too many attempts.</summary>
    public DateTimeOffset? FailedAt { get; set; }
}
