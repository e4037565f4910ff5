using System.Globalization;
using Joldama.Application.Localization;
using Joldama.Application.Notifications;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Data.Patients;
using Joldama.Domain.Notifications;
using Microsoft.Extensions.Localization;

namespace Joldama.Application.Abroad.Notifications;

/// <summary>The moments of an abroad case the patient is told of.</summary>
public enum AbroadNotice
{
    Opened,
    OnAgenda,
    Selected,
    Contracted,
    Refused,
}

/// <summary>
/// What the patient of an abroad case is told, in the patient's language, through the outbox in the caller's unit of
/// work (as for referrals): the decisions by SMS, e-mail and the cabinet, the rest in the cabinet.
/// </summary>
public sealed class AbroadNotices(JoldamaDbContext db, Outbox outbox, IStringLocalizer<SharedResource> text)
{
    public void Enqueue(AbroadCaseRecord record, PatientRecord patient, AbroadNotice notice, string? clinic = null, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(patient);
        var args = new Dictionary<string, string>(StringComparer.Ordinal) { ["clinic"] = clinic ?? string.Empty };
        var topic = "abroad." + InputEnums.Kebab(notice);
        args["number"] = record.Number;
        args["date"] = (date ?? record.ContractDate)?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

        var (subject, body) = PatientMessages.InLanguage(patient.Language, () =>
            (text.Describe($"notice.{topic}.subject", args, topic), text.Describe($"notice.{topic}.body", args, topic)));
        NotificationChannel[] channels = notice is AbroadNotice.Opened or AbroadNotice.OnAgenda
            ? [NotificationChannel.Cabinet]
            : [NotificationChannel.Sms, NotificationChannel.Email, NotificationChannel.Cabinet];
        PatientMessages.Enqueue(outbox, db, patient, channels, topic, subject, body, referralId: null);
    }
}
