namespace Joldama.Domain.Notifications;

/// <summary>How a notification reaches the patient (§39 ¶2: SMS, the personal cabinet) or staff (e-mail).</summary>
public enum NotificationChannel
{
    /// <summary>A text message to a phone in E.164 form.</summary>
    Sms = 1,

    /// <summary>An e-mail message.</summary>
    Email = 2,

    /// <summary>The patient's personal cabinet: stored, read by the patient; nothing is sent.</summary>
    Cabinet = 3,
}
