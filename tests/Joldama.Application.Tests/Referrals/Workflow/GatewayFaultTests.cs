using System.Globalization;
using Joldama.Application.Notifications;
using Joldama.Application.Referrals.Workflow;
using Joldama.Data.Notifications;
using Joldama.Domain.Notifications;
using Joldama.Domain.Referrals;
using Joldama.Data;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using static Joldama.Application.Tests.Referrals.Workflow.ReferralDriver;

namespace Joldama.Application.Tests.Referrals.Workflow;

/// <summary>
/// Issue 8, item 3: the SMS gateway and the mail server fail (5xx, 429, no answer, down, 451, slow) while the commission
/// decides. The decisions are saved regardless; the notices wait in the outbox with a growing back-off and each is
/// delivered exactly once when the gateways are back, also with two delivery workers sharing one PostgreSQL.
/// </summary>
public sealed class GatewayFaultTests
{
    private static readonly DateOnly Monday = new(2026, 11, 2);

    /// <summary>One failing pass per line: what the SMS gateway and the mail server do meanwhile.</summary>
    private static readonly (GatewayBehaviour Sms, SmtpBehaviour? Smtp)[] Outage =
    [
        (GatewayBehaviour.Fail, null), // null: the mail server is down (connection refused)
        (GatewayBehaviour.TooManyRequests, SmtpBehaviour.Defer),
        (GatewayBehaviour.Hang, SmtpBehaviour.Slow),
    ];

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task GatewaysFailingWhileTheCommissionDecides_DecisionsSaved_EachNoticeDeliveredOnceAfterRecovery(DatabaseProvider provider)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = SmsGatewayReceiver.Start();
        await using var world = await ReferralWorld.CreateAsync(provider, Monday);
        await using var transports = ReferralNotificationTests.Transports(world, smtp, gateway, timeout: "00:00:00.500");
        var options = transports.GetRequiredService<OutboxOptions>();
        var cases = new List<Guid>();
        foreach (var iin in TestIins.Starting("8505013", 1000).Take(3))
        {
            var draft = await DraftAsync(world, world.Clinic, await PatientAsync(world, world.Clinic, iin));
            Ok(await StepAsync(world, world.Clinic, draft.Id, new ReferralStepInput("submit")));
            cases.Add(draft.Id);
        }

        foreach (var approved in cases.Take(2))
        {
            Ok(await StepAsync(world, world.Commission, approved, new ReferralStepInput("approve", ProtocolNumber: "П-7")));
        }

        // Both gateways go down; the commission registers two approved cases and rejects the third (a §40 ground) meanwhile.
        gateway.Behaviour = GatewayBehaviour.Fail;
        smtp.Stop();
        Ok(await StepAsync(world, world.Commission, cases[0], new ReferralStepInput("register")));
        Ok(await StepAsync(world, world.Commission, cases[1], new ReferralStepInput("register")));
        Ok(await StepAsync(world, world.Commission, cases[2], new ReferralStepInput("reject", ProtocolNumber: "П-8", Ground: "no-indications", Comment: "Нет показаний")));

        for (var pass = 1; pass <= Outage.Length; pass++)
        {
            var (sms, mail) = Outage[pass - 1];
            gateway.Behaviour = sms;
            await SetAsync(smtp, mail);
            Assert.Equal(6, await ReferralNotificationTests.DeliverAllAsync(world, transports)); // 3 SMS, 3 e-mails: each tried, none sent
            var now = world.Clock.GetUtcNow();
            foreach (var row in await PendingAsync(world, cases))
            {
                Assert.Equal((pass, null, null), (row.Attempts, row.DeliveredAt, row.FailedAt));
                Assert.Equal(now + options.RetryDelay(pass), row.NextAttemptAt); // 30 s, 60 s, 120 s: the back-off doubles
                Assert.NotNull(row.LastError);
            }

            // Nothing is due before its back-off ends.
            world.Clock.Advance(options.RetryDelay(pass) - TimeSpan.FromSeconds(1));
            Assert.Equal(0, await ReferralNotificationTests.DeliverAllAsync(world, transports));
            world.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        // The decisions were saved while nothing could be sent.
        await using (var check = world.Open())
        {
            var states = await check.Db.ReferralCases.Where(c => cases.Contains(c.Id)).Select(c => c.State).ToListAsync();
            Assert.Equal(2, states.Count(s => s == ReferralState.Registered));
            Assert.Equal(1, states.Count(s => s == ReferralState.Rejected));
        }

        gateway.Behaviour = GatewayBehaviour.Accept;
        await SetAsync(smtp, SmtpBehaviour.Accept);
        Assert.Equal(6, await ReferralNotificationTests.DeliverAllAsync(world, transports));
        world.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await ReferralNotificationTests.DeliverAllAsync(world, transports));

        await using var db = world.Db();
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.ReferralId != null && cases.Contains(m.ReferralId.Value) && m.Channel != NotificationChannel.Cabinet).ToListAsync();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal((Outage.Length + 1, (DateTimeOffset?)null), (r.Attempts, r.FailedAt)));
        Assert.All(rows, r => Assert.NotNull(r.DeliveredAt));
        var smsIds = rows.Where(r => r.Channel == NotificationChannel.Sms).Select(r => r.Id).Order().ToList();
        Assert.Equal(smsIds, gateway.Sent.Select(s => s.Id).Order().ToList()); // each once, none twice
        // The 500 and 429 answers reached the gateway (a hung request may be cut before its body is read).
        Assert.Equal(6, gateway.Received.Count(r => r.Status is 500 or 429));
        var mailIds = rows.Where(r => r.Channel == NotificationChannel.Email).Select(r => SmtpEmailSender.MessageIdOf(r.Id)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(mailIds, smtp.Messages().Select(m => MimeMessage.Load(new MemoryStream(m)).MessageId!).Order(StringComparer.Ordinal).ToList());
        Assert.Single(rows, r => r.Topic == "referral.rejected" && r.Channel == NotificationChannel.Sms);
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task TwoDeliveryWorkersOnOnePostgres_GatewaysFlapping_EachMessageSentExactlyOnce()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = SmsGatewayReceiver.Start();
        gateway.AnswerDelay = TimeSpan.FromMilliseconds(10); // the two workers' sends overlap
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Sms:GatewayUrl"] = gateway.Url.ToString(),
            ["Sms:Timeout"] = "00:00:01",
            ["Smtp:Host"] = smtp.Host,
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:Timeout"] = "00:00:00.500",
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:BatchSize"] = "5",
            ["Outbox:FirstRetryDelay"] = "00:00:00.100",
            ["Outbox:MaxRetryDelay"] = "00:00:00.400",
            ["Outbox:MaxAttempts"] = "1000",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        ServiceProvider Instance() => new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddScoped(_ => database.CreateContext())
            .AddJoldamaNotifications(configuration)
            .AddJoldamaOutboxWorker()
            .BuildServiceProvider();
        await using var first = Instance();
        await using var second = Instance();

        var outbox = first.GetRequiredService<Outbox>();
        await using (var db = database.CreateContext())
        {
            for (var i = 0; i < 40; i++)
            {
                outbox.Enqueue(db, OutboxMessage.Sms(string.Create(CultureInfo.InvariantCulture, $"+7701555{i:D4}"), $"Жолдама {i}", "kk", "referral.registered"));
            }

            for (var i = 0; i < 10; i++)
            {
                outbox.Enqueue(db, OutboxMessage.Email($"patient{i}@example.kz", "Жолдама тіркелді", $"Жолдама {i}", "kk", "referral.registered"));
            }

            await db.SaveChangesAsync();
        }

        var workers = new[] { first, second }.Select(s => s.GetServices<IHostedService>().OfType<OutboxDeliveryWorker>().Single()).ToList();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var flapping = FlapAsync(gateway, smtp, stop.Token);
        foreach (var worker in workers)
        {
            await worker.StartAsync(CancellationToken.None);
        }

        while (await UndeliveredAsync(database) > 0)
        {
            Assert.False(stop.IsCancellationRequested, "The outbox was not emptied within 90 s.");
            await Task.Delay(100, CancellationToken.None);
        }

        await stop.CancelAsync();
        await flapping;
        foreach (var worker in workers)
        {
            await worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(40, gateway.Sent.Count);
        Assert.Equal(40, gateway.Sent.Select(s => s.Id).Distinct().Count());
        Assert.True(gateway.Received.Count > gateway.Sent.Count, "the flapping gateway refused no request: the faults were not injected");
        var mails = smtp.Messages().Select(m => MimeMessage.Load(new MemoryStream(m)).MessageId).ToList();
        Assert.Equal(10, mails.Count);
        Assert.Equal(10, mails.Distinct(StringComparer.Ordinal).Count());
        await using var check = database.CreateContext();
        Assert.Equal(0, await check.OutboxMessages.CountAsync(m => m.FailedAt != null));
    }

    /// <summary>Until cancelled: the gateway cycles 500 → 429 → 200 and the mail server 451 → slow → 250, every 150 ms.</summary>
    private static async Task FlapAsync(SmsGatewayReceiver gateway, SmtpTestServer smtp, CancellationToken cancellationToken)
    {
        GatewayBehaviour[] sms = [GatewayBehaviour.Fail, GatewayBehaviour.TooManyRequests, GatewayBehaviour.Accept];
        SmtpBehaviour[] mail = [SmtpBehaviour.Defer, SmtpBehaviour.Slow, SmtpBehaviour.Accept];
        for (var tick = 0; !cancellationToken.IsCancellationRequested; tick++)
        {
            gateway.Behaviour = sms[tick % sms.Length];
            smtp.Behave(mail[tick % mail.Length], TimeSpan.FromSeconds(1));
            try
            {
                await Task.Delay(150, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        gateway.Behaviour = GatewayBehaviour.Accept;
        smtp.Behave(SmtpBehaviour.Accept);
    }

    private static async Task<int> UndeliveredAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.OutboxMessages.CountAsync(m => m.DeliveredAt == null && m.FailedAt == null);
    }

    /// <summary>The SMS and e-mail rows of the cases (the cabinet's are delivered when stored).</summary>
    private static async Task<List<OutboxMessageRecord>> PendingAsync(ReferralWorld world, List<Guid> cases)
    {
        await using var db = world.Db();
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ReferralId != null && cases.Contains(m.ReferralId.Value) && m.Channel != NotificationChannel.Cabinet)
            .ToListAsync();
        Assert.Equal(6, rows.Count);
        return rows;
    }

    /// <summary>null: the server is down; otherwise running and answering as <paramref name="behaviour"/> says (slow: 1 s against a 0.5 s timeout).</summary>
    private static async Task SetAsync(SmtpTestServer smtp, SmtpBehaviour? behaviour)
    {
        if (behaviour is not { } running)
        {
            smtp.Stop();
            return;
        }

        smtp.Behave(running, TimeSpan.FromSeconds(1));
        await smtp.StartAsync();
    }
}
