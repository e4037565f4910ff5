using System.Globalization;
using Joldama.Application.Notifications;
using Joldama.Application.Referrals.Workflow;
using Joldama.Data;
using Joldama.Domain.Notifications;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using static Joldama.Application.Tests.Referrals.Workflow.ReferralDriver;

namespace Joldama.Application.Tests.Referrals.Workflow;

/// <summary>
/// The patient's notices of a whole case, through a real SMTP server (aiosmtpd) and the SMS gateway receiver:
/// each delivered once, an SMTP outage during a decision loses nothing.
/// </summary>
public sealed class ReferralNotificationTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task DraftToClosed_EveryNoticeDeliveredOnce_InThePatientsLanguage(DatabaseProvider provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = SmsGatewayReceiver.Start();
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        await using var transports = Transports(world, smtp, gateway);
        var draft = await DraftAsync(world, world.Clinic, await PatientAsync(world, world.Clinic));
        foreach (var (party, step) in new (ReferralWorld.Party, ReferralStepInput)[]
        {
            (world.Clinic, new("submit")), (world.Commission, new("approve", ProtocolNumber: "П-5")), (world.Commission, new("register")),
            (world.Provider, new("accept", HospitalizationDate: "2026-11-20")), (world.Clinic, new("inform", Channel: "sms")),
            (world.Provider, new("admit")), (world.Provider, new("discharge", DischargeSummary: "Протезирование аортального клапана.", FollowUpPlan: "Кардиолог: 1, 3, 12 мес.")),
            (world.Clinic, new("start-follow-up")), (world.Clinic, new("close")),
        })
        {
            if (step.Trigger == "admit")
            {
                world.SetDate(new DateOnly(2026, 11, 20));
            }

            Ok(await StepAsync(world, party, draft.Id, step));
            await DeliverAllAsync(world, transports); // the worker runs between the steps, as it would
        }

        await using var check = world.Open();
        Assert.Equal(Domain.Referrals.ReferralState.Closed, (await check.Db.ReferralCases.SingleAsync(c => c.Id == draft.Id)).State);
        Assert.Contains(await check.Db.OutboxMessages.Where(m => m.ReferralId == draft.Id).Select(m => m.Topic).ToListAsync(), t => t == "referral.discharged");
        var sent = await check.Db.OutboxMessages.Where(m => m.ReferralId == draft.Id && m.Channel != NotificationChannel.Cabinet).ToListAsync();
        Assert.All(sent, m => Assert.NotNull(m.DeliveredAt));
        Assert.Equal(sent.Count(m => m.Channel == NotificationChannel.Email), smtp.Messages().Count);
        Assert.Equal(sent.Count(m => m.Channel == NotificationChannel.Sms), gateway.Sent.Count);
        Assert.Equal(2, gateway.Sent.Count); // registered, and the date (§39 ¶2 (2))
        Assert.Equal(gateway.Sent.Count, gateway.Sent.Select(s => s.Id).Distinct().Count());
        Assert.Contains(gateway.Sent, s => s.Phone == "+77011234567" && s.Text.Contains("20.11.2026", StringComparison.Ordinal) && s.Text.Contains("емдеуге", StringComparison.Ordinal));
        var mails = smtp.Messages().Select(m => MimeMessage.Load(new MemoryStream(m))).ToList();
        Assert.All(mails, m => Assert.Equal("patient@example.kz", m.To.Mailboxes.Single().Address));
        Assert.Contains(mails, m => m.Subject?.Contains("жолдама тіркелді", StringComparison.Ordinal) == true);

        // Nothing is left to send, and a further pass sends nothing twice.
        Assert.Equal(0, await DeliverAllAsync(world, transports));
        Assert.Equal(sent.Count(m => m.Channel == NotificationChannel.Email), smtp.Messages().Count);
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task SmtpDownWhileTheCommissionDecides_DecisionSaved_MailDeliveredOnceWhenItIsBack(DatabaseProvider provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = SmsGatewayReceiver.Start();
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        await using var transports = Transports(world, smtp, gateway);
        var draft = await DraftAsync(world, world.Clinic, await PatientAsync(world, world.Clinic));
        Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit")));
        Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("approve", ProtocolNumber: "П-6")));

        smtp.Stop();
        var registered = Ok(await StepAsync(world, world.Commission, draft.Id, new ReferralStepInput("register")));
        Assert.Equal(Domain.Referrals.ReferralState.Registered, registered.State);
        await DeliverAllAsync(world, transports);
        Assert.Single(gateway.Sent); // the SMS went; the e-mail waits
        await using (var s = world.Open())
        {
            var mail = await s.Db.OutboxMessages.SingleAsync(m => m.ReferralId == draft.Id && m.Channel == NotificationChannel.Email);
            Assert.Null(mail.DeliveredAt);
            Assert.Equal(1, mail.Attempts);
        }

        await smtp.StartAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await DeliverAllAsync(world, transports));
        Assert.Equal(0, await DeliverAllAsync(world, transports));
        var delivered = Assert.Single(smtp.Messages());
        Assert.Contains(registered.ReferralNumber!, MimeMessage.Load(new MemoryStream(delivered)).Subject, StringComparison.Ordinal);
    }

    /// <param name="timeout">Both transports' timeout (Smtp:Timeout, Sms:Timeout).</param>
    internal static ServiceProvider Transports(ReferralWorld world, SmtpTestServer smtp, SmsGatewayReceiver gateway, string timeout = "00:00:05")
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Smtp:Host"] = smtp.Host,
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "Joldama <noreply@joldama.invalid>",
            ["Smtp:Timeout"] = timeout,
            ["Sms:GatewayUrl"] = gateway.Url.ToString(),
            ["Sms:Timeout"] = timeout,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(world.Clock).AddJoldamaNotifications(configuration).BuildServiceProvider();
    }

    /// <summary>Delivery passes, each over its own context as a worker's would be, until one handles nothing.</summary>
    internal static async Task<int> DeliverAllAsync(ReferralWorld world, ServiceProvider transports)
    {
        var total = 0;
        while (true)
        {
            await using var db = world.Db();
            var delivery = new OutboxDelivery(db, transports.GetRequiredService<ISmsSender>(), transports.GetRequiredService<IEmailSender>(),
                transports.GetRequiredService<OutboxOptions>(), world.Clock, NullLogger<OutboxDelivery>.Instance);
            var handled = await delivery.DeliverDueAsync();
            if (handled == 0)
            {
                return total;
            }

            total += handled;
        }
    }
}
