using System.Text.Json;
using Joldama.Application.Notifications;
using Joldama.Data;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Tests.Notifications;

/// <summary>The outbox itself: written in the caller's transaction, claimed once across instances, cabinet at once.</summary>
public sealed class OutboxTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task A_message_enqueued_in_a_rolled_back_transaction_is_never_sent(DatabaseProvider provider)
    {
        await using var gateway = SmsGatewayReceiver.Start();
        await using var world = await OutboxWorld.CreateAsync(provider, SmsDeliveryTests.GatewaySettings(gateway));
        Guid rolledBack, committed;
        await using (var db = world.Db())
        {
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                rolledBack = world.Outbox.Enqueue(db, OutboxMessage.Sms("+77011234567", "откат", "ru", "referral.approved"));
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            }

            db.ChangeTracker.Clear();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                committed = world.Outbox.Enqueue(db, OutboxMessage.Sms("+77011234567", "фиксация", "ru", "referral.approved"));
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
        }

        Assert.Equal(1, await world.DeliverAsync());
        world.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await world.DeliverAsync());

        Assert.Equal([committed], gateway.Received.Select(r => r.Id));
        await using var check = world.Db();
        Assert.False(await check.OutboxMessages.AnyAsync(m => m.Id == rolledBack));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Concurrent_workers_deliver_each_of_fifty_messages_exactly_once(DatabaseProvider provider)
    {
        await using var gateway = SmsGatewayReceiver.Start();
        gateway.AnswerDelay = TimeSpan.FromMilliseconds(5);
        var settings = SmsDeliveryTests.GatewaySettings(gateway);
        settings["Outbox:BatchSize"] = "100";
        await using var world = await OutboxWorld.CreateAsync(provider, settings);
        var ids = await world.EnqueueAsync([.. Enumerable.Range(0, 50).Select(i => OutboxMessage.Sms($"+7701000{i:D4}", $"Жолдама {i}", "kk", "referral.approved"))]);

        // Four instances, each with its own context and connection, all starting together.
        var contexts = Enumerable.Range(0, 4).Select(_ => world.Db()).ToList();
        var handled = await Task.WhenAll(contexts.Select(db => Task.Run(() => world.Delivery(db).DeliverDueAsync())));
        foreach (var db in contexts)
        {
            await db.DisposeAsync();
        }

        Assert.Equal(50, handled.Sum());
        Assert.Equal(50, gateway.Received.Count);
        Assert.Equal(ids.Order(), gateway.Sent.Select(r => r.Id).Order());
        await using var check = world.Db();
        Assert.Equal(50, await check.OutboxMessages.CountAsync(m => m.DeliveredAt != null && m.Attempts == 1));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Cabinet_messages_are_delivered_when_stored_and_read_newest_first(DatabaseProvider provider)
    {
        await using var world = await OutboxWorld.CreateAsync(provider);
        var patient = Guid.NewGuid();
        var referral = Guid.NewGuid();
        var first = (await world.EnqueueAsync(OutboxMessage.Cabinet(patient, "Жолдама тіркелді", "Жолдамаңыз тіркелді.", "kk", "referral.registered") with { ReferralId = referral }))[0];
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = (await world.EnqueueAsync(
            OutboxMessage.Cabinet(patient, "Жолдама мақұлданды", "Жолдамаңыз мақұлданды.", "kk", "referral.approved") with { ReferralId = referral },
            OutboxMessage.Cabinet(Guid.NewGuid(), "Другой пациент", "Не для этого пациента.", "ru", "referral.approved")))[0];

        Assert.Equal(0, await world.DeliverAsync());

        var stored = await world.RowAsync(first);
        Assert.Equal(stored.CreatedAt, stored.DeliveredAt);
        Assert.Equal(0, stored.Attempts);
        await using var db = world.Db();
        var cabinet = await Outbox.CabinetAsync(db, patient);
        Assert.Equal([second, first], cabinet.Select(m => m.Id));
        Assert.Equal(("Жолдама мақұлданды", "kk", "referral.approved", referral), (cabinet[0].Subject, cabinet[0].Language, cabinet[0].Topic, cabinet[0].ReferralId));
        Assert.Equal(OutboxWorld.Start.AddMinutes(5), cabinet[0].CreatedAt);
    }

    [Fact]
    public async Task Without_a_gateway_or_mail_host_messages_go_to_the_sink_files_with_their_ids()
    {
        await using var world = await OutboxWorld.CreateAsync(DatabaseProvider.Sqlite);
        Assert.IsType<FileSmsSender>(world.Sms);
        Assert.IsType<FileEmailSender>(world.Email);
        var ids = await world.EnqueueAsync(
            OutboxMessage.Sms("+77011234567", "Жолдама мақұлданды", "kk", "referral.approved"),
            OutboxMessage.Email("patient@example.kz", "Жолдама", "Направление одобрено.", "ru", "referral.approved"));

        Assert.Equal(2, await world.DeliverAsync());

        using var sms = JsonDocument.Parse(Assert.Single(await File.ReadAllLinesAsync(world.SinkPath("sms-outbox.log"))));
        Assert.Equal((ids[0], "+77011234567", "Жолдама мақұлданды"),
            (sms.RootElement.GetProperty("id").GetGuid(), sms.RootElement.GetProperty("phone").GetString(), sms.RootElement.GetProperty("text").GetString()));
        using var mail = JsonDocument.Parse(Assert.Single(await File.ReadAllLinesAsync(world.SinkPath("mail-outbox.log"))));
        Assert.Equal((ids[1], "patient@example.kz", "Жолдама", "ru"),
            (mail.RootElement.GetProperty("id").GetGuid(), mail.RootElement.GetProperty("to").GetString(),
             mail.RootElement.GetProperty("subject").GetString(), mail.RootElement.GetProperty("language").GetString()));
    }

    [Fact]
    public void Retry_delay_doubles_from_thirty_seconds_up_to_thirty_minutes()
    {
        var options = new OutboxOptions();
        Assert.Equal(
            [30, 60, 120, 240, 480, 960, 1800, 1800],
            new[] { 1, 2, 3, 4, 5, 6, 7, 100 }.Select(attempts => options.RetryDelay(attempts).TotalSeconds));
    }

    [Fact]
    public async Task A_malformed_message_is_a_bug_of_the_caller()
    {
        await using var world = await OutboxWorld.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = world.Db();
        Assert.Throws<ArgumentException>(() => world.Outbox.Enqueue(db, OutboxMessage.Sms("+77011234567", "text", "en", "referral.approved")));
        Assert.Throws<ArgumentException>(() => world.Outbox.Enqueue(db, OutboxMessage.Email("a@example.kz", " ", "text", "ru", "referral.approved")));
        Assert.Throws<ArgumentException>(() => world.Outbox.Enqueue(db, OutboxMessage.Sms("", "text", "ru", "referral.approved")));
    }
}
