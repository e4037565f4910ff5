using Joldama.Domain.Notifications;

namespace Joldama.Application.Notifications;

/// <summary>
/// A notification to put in the outbox, already written in the recipient's language ("kk" or "ru").
/// Build one with <see cref="Sms"/>, <see cref="Email"/> or <see cref="Cabinet"/>.
/// </summary>
/// <param name="Recipient">A phone in E.164, an e-mail address, or the patient id (cabinet).</param>
/// <param name="Topic">What happened, e.g. "referral.approved".</param>
public sealed record OutboxMessage(NotificationChannel Channel, string Recipient, string Body, string Language, string Topic)
{
    public string? Subject { get; init; }

    public Guid? PatientId { get; init; }

    public Guid? ReferralId { get; init; }

    public static OutboxMessage Sms(string phone, string text, string language, string topic) =>
        new(NotificationChannel.Sms, phone, text, language, topic);

    public static OutboxMessage Email(string address, string subject, string body, string language, string topic) =>
        new(NotificationChannel.Email, address, body, language, topic) { Subject = subject };

    public static OutboxMessage Cabinet(Guid patientId, string subject, string body, string language, string topic) =>
        new(NotificationChannel.Cabinet, patientId.ToString(), body, language, topic) { Subject = subject, PatientId = patientId };
}
