using Joldama.Application.Notifications;
using Joldama.Data;
using Joldama.Testing;

namespace Joldama.Application.Tests.Notifications;

/// <summary>SMS from the outbox through <see cref="HttpSmsSender"/> to a gateway of our own that can fail on demand.</summary>
public sealed class SmsDeliveryTests
{
    private const string ApiKey = "test-key-not-a-secret";

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Throttling_and_server_errors_are_retried_with_growing_delays_until_sent(DatabaseProvider provider)
    {
        await using var gateway = SmsGatewayReceiver.Start();
        await using var world = await OutboxWorld.CreateAsync(provider, GatewaySettings(gateway));
        var id = (await world.EnqueueAsync(OutboxMessage.Sms("+77011234567", "Жолдама: направление одобрено", "ru", "referral.approved")))[0];

        gateway.Behaviour = GatewayBehaviour.TooManyRequests;
        Assert.Equal(1, await world.DeliverAsync());
        Assert.Equal(world.Clock.GetUtcNow().AddSeconds(30), (await world.RowAsync(id)).NextAttemptAt);

        gateway.Behaviour = GatewayBehaviour.Fail;
        world.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await world.DeliverAsync());
        var second = await world.RowAsync(id);
        Assert.Equal(world.Clock.GetUtcNow().AddMinutes(1), second.NextAttemptAt);
        Assert.Contains("500", second.LastError, StringComparison.Ordinal);

        gateway.Behaviour = GatewayBehaviour.Accept;
        world.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await world.DeliverAsync());
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await world.DeliverAsync());

        Assert.Equal([429, 500, 200], gateway.Received.Select(r => r.Status));
        Assert.All(gateway.Received, r => Assert.Equal(id, r.Id)); // the idempotency key is the same on every attempt
        var sent = Assert.Single(gateway.Sent);
        Assert.Equal(("+77011234567", "Жолдама: направление одобрено", ApiKey), (sent.Phone, sent.Text, sent.ApiKey));
        var row = await world.RowAsync(id);
        Assert.Equal((3, world.Clock.GetUtcNow()), (row.Attempts, row.DeliveredAt));
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task A_refused_request_is_given_up_at_once(DatabaseProvider provider)
    {
        await using var gateway = SmsGatewayReceiver.Start();
        gateway.Behaviour = GatewayBehaviour.Reject;
        await using var world = await OutboxWorld.CreateAsync(provider, GatewaySettings(gateway));
        var id = (await world.EnqueueAsync(OutboxMessage.Sms("+7701", "Жолдама", "kk", "referral.approved")))[0];

        Assert.Equal(1, await world.DeliverAsync());
        world.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await world.DeliverAsync());

        Assert.Single(gateway.Received);
        var row = await world.RowAsync(id);
        Assert.Equal((1, world.Clock.GetUtcNow().AddDays(-1), null), (row.Attempts, row.FailedAt, row.DeliveredAt));
        Assert.Contains("400", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_that_does_not_answer_is_a_transient_failure()
    {
        await using var gateway = SmsGatewayReceiver.Start();
        gateway.Behaviour = GatewayBehaviour.Hang;
        await using var world = await OutboxWorld.CreateAsync(DatabaseProvider.Sqlite, GatewaySettings(gateway, timeout: "00:00:01"));
        var id = (await world.EnqueueAsync(OutboxMessage.Sms("+77011234567", "Жолдама", "kk", "referral.approved")))[0];

        Assert.Equal(1, await world.DeliverAsync());

        var row = await world.RowAsync(id);
        Assert.Equal((1, null, null), (row.Attempts, row.DeliveredAt, row.FailedAt));
        Assert.Contains("did not answer", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_that_is_down_is_a_transient_failure_and_too_many_attempts_give_up()
    {
        var closed = FreePort.Next();
        await using var world = await OutboxWorld.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Sms:GatewayUrl"] = $"http://127.0.0.1:{closed}/sms/send",
            ["Outbox:MaxAttempts"] = "3",
        });
        var id = (await world.EnqueueAsync(OutboxMessage.Sms("+77011234567", "Жолдама", "kk", "referral.approved")))[0];

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(1, await world.DeliverAsync());
            var row = await world.RowAsync(id);
            Assert.Equal(attempt, row.Attempts);
            Assert.Equal(attempt == 3, row.FailedAt is not null);
            world.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(0, await world.DeliverAsync());
        Assert.Contains("unreachable", (await world.RowAsync(id)).LastError, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string?> GatewaySettings(SmsGatewayReceiver gateway, string timeout = "00:00:05") => new(StringComparer.Ordinal)
    {
        ["Sms:GatewayUrl"] = gateway.Url.ToString(),
        ["Sms:ApiKey"] = ApiKey,
        ["Sms:Timeout"] = timeout,
    };
}
