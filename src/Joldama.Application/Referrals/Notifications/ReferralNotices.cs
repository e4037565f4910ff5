using System.Globalization;
using Joldama.Application.Localization;
using Joldama.Application.Notifications;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Patients;
using Joldama.Data.Referrals;
using Joldama.Domain.Notifications;
using Joldama.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Application.Referrals.Notifications;

/// <summary>
/// What the patient is told after a transition, in the patient's language, by SMS, e-mail and the personal cabinet
/// (§39 ¶2 (2)–(3)). The messages go to the outbox in the caller's unit of work, so they commit with the state change.
/// Oral informing (§39 ¶2 (1)) and a medical information system (4) send nothing: staff record that it was done.
/// </summary>
public sealed class ReferralNotices(JoldamaDbContext db, Outbox outbox, IStringLocalizer<SharedResource> text)
{
    public async Task EnqueueAsync(ReferralCaseRecord record, PatientRecord patient, TransitionRecord moved, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(moved);
        var channels = ChannelsFor(moved);
        if (channels.Count == 0)
        {
            return;
        }

        var provider = record.ProviderOrganizationId is { } providerId
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == providerId).Select(o => new { o.NameKk, o.NameRu }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var topic = "referral." + InputEnums.Kebab(moved.To);
        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["number"] = record.ReferralNumber ?? string.Empty,
            ["code"] = record.HtmcCode,
            ["provider"] = provider is null ? string.Empty : patient.Language == "ru" ? provider.NameRu : provider.NameKk,
            ["date"] = record.HospitalizationDate?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? string.Empty,
        };

        var (subject, body) = PatientMessages.InLanguage(patient.Language, () =>
        {
            if (record.RejectionGround is { } ground)
            {
                args["ground"] = text[$"referral.ground.{ground}"].Value;
            }

            return (text.Describe($"notice.{topic}.subject", args, topic), text.Describe($"notice.{topic}.body", args, topic));
        });

        PatientMessages.Enqueue(outbox, db, patient, channels, topic, subject, body, record.Id);
    }

    /// <summary>Which channels each transition uses: decisions and the date reach the patient wherever they are; the rest the cabinet.</summary>
    private static List<NotificationChannel> ChannelsFor(TransitionRecord moved) => moved.To switch
    {
        ReferralState.Registered or ReferralState.Rejected => [NotificationChannel.Sms, NotificationChannel.Email, NotificationChannel.Cabinet],
        ReferralState.PatientInformed => moved.Step.Channel switch
        {
            InformChannel.Sms => [NotificationChannel.Sms, NotificationChannel.Email, NotificationChannel.Cabinet],
            InformChannel.PersonalCabinet => [NotificationChannel.Cabinet],
            _ => [],
        },
        ReferralState.Approved or ReferralState.AcceptedByProvider or ReferralState.Discharged or ReferralState.Cancelled or ReferralState.NoShow
            => [NotificationChannel.Cabinet],
        _ => [],
    };
}
