using System.Globalization;
using Joldama.Data;
using Joldama.Data.Patients;
using Joldama.Domain.Notifications;

namespace Joldama.Application.Notifications;

/// <summary>A notice to a patient, composed in the patient's language and put in the outbox once per channel.</summary>
public static class PatientMessages
{
    /// <summary>Runs <paramref name="compose"/> with the patient's language as the UI culture (kk unless the patient chose ru).</summary>
    public static T InLanguage<T>(string language, Func<T> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == "ru" ? "ru-KZ" : "kk-KZ");
        try
        {
            return compose();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>One outbox row per channel the patient can be reached on (no phone or e-mail: the cabinet still has it).</summary>
    public static void Enqueue(
        Outbox outbox, JoldamaDbContext db, PatientRecord patient, IEnumerable<NotificationChannel> channels, string topic, string subject, string body, Guid? referralId)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(channels);
        foreach (var channel in channels)
        {
            var recipient = channel switch
            {
                NotificationChannel.Sms => patient.Phone,
                NotificationChannel.Email => patient.Email,
                _ => patient.Id.ToString(),
            };
            if (recipient is null)
            {
                continue;
            }

            outbox.Enqueue(db, new OutboxMessage(channel, recipient, body, patient.Language, topic)
            {
                Subject = subject, PatientId = patient.Id, ReferralId = referralId,
            });
        }
    }
}
