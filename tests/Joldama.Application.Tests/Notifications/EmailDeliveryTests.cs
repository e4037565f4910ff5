using Joldama.Application.Notifications;
using Joldama.Data;
using Joldama.Testing;
using MimeKit;

namespace Joldama.Application.Tests.Notifications;

/// <summary>E-mail from the outbox through a real SMTP server (aiosmtpd), including an outage of that server.</summary>
public sealed class EmailDeliveryTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Email_goes_through_smtp_with_its_subject_body_language_and_message_id(DatabaseProvider provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var world = await OutboxWorld.CreateAsync(provider, SmtpSettings(smtp));

        var id = (await world.EnqueueAsync(OutboxMessage.Email(
            "patient@example.kz", "Жолдама мақұлданды", "Сіздің жолдамаңыз мақұлданды. Ауруханаға жатқызу күні: 2026 жылғы 16 наурыз.", "kk", "referral.approved")))[0];

        Assert.Equal(1, await world.DeliverAsync());

        var mail = Assert.Single(smtp.Messages());
        using var message = MimeMessage.Load(new MemoryStream(mail));
        Assert.Equal("Жолдама мақұлданды", message.Subject);
        Assert.Contains("Ауруханаға жатқызу күні: 2026 жылғы 16 наурыз.", message.TextBody, StringComparison.Ordinal);
        Assert.Equal($"{id:D}@joldama", message.MessageId);
        Assert.Equal("kk", message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("Content-Language: kk", smtp.MessageTexts()[0], StringComparison.Ordinal);
        Assert.Equal("patient@example.kz", Assert.Single(message.To.Mailboxes).Address);
        var row = await world.RowAsync(id);
        Assert.Equal(world.Clock.GetUtcNow(), row.DeliveredAt);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.FailedAt);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Smtp_outage_keeps_the_message_pending_with_back_off_and_it_is_delivered_once_after_restart(DatabaseProvider provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var world = await OutboxWorld.CreateAsync(provider, SmtpSettings(smtp));
        var id = (await world.EnqueueAsync(OutboxMessage.Email("fund@example.kz", "Жолдама", "Направление одобрено.", "ru", "referral.approved")))[0];
        smtp.Stop();

        Assert.Equal(1, await world.DeliverAsync());
        var failed = await world.RowAsync(id);
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.DeliveredAt);
        Assert.Null(failed.FailedAt);
        Assert.NotNull(failed.LastError);
        Assert.Equal(world.Clock.GetUtcNow().AddSeconds(30), failed.NextAttemptAt);

        // Not due before the back-off ends, even with the server back.
        await smtp.StartAsync();
        world.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await world.DeliverAsync());
        Assert.Empty(smtp.Messages());

        world.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await world.DeliverAsync());
        world.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await world.DeliverAsync());

        Assert.Single(smtp.Messages());
        var delivered = await world.RowAsync(id);
        Assert.Equal(2, delivered.Attempts);
        Assert.NotNull(delivered.DeliveredAt);
    }

    private static Dictionary<string, string?> SmtpSettings(SmtpTestServer smtp) => new(StringComparer.Ordinal)
    {
        ["Smtp:Host"] = smtp.Host,
        ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:From"] = "Joldama <noreply@joldama.invalid>",
        ["Smtp:Timeout"] = "00:00:05",
    };
}
