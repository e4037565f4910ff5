using Joldama.Application.Notifications;
using Joldama.Data;
using Joldama.Data.Notifications;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Application.Tests.Notifications;

/// <summary>
/// A migrated database (SQLite or PostgreSQL), a test clock, and the notification services registered from
/// configuration exactly as the host registers them (real SMTP / HTTP adapters when pointed at a test server).
/// </summary>
internal sealed class OutboxWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private readonly string _sinks;

    private OutboxWorld(TestDatabase database, FakeTimeProvider clock, ServiceProvider services, string sinks)
    {
        _sinks = sinks;
        _database = database;
        Clock = clock;
        _services = services;
    }

    public FakeTimeProvider Clock { get; }

    public Outbox Outbox => _services.GetRequiredService<Outbox>();

    public OutboxOptions Options => _services.GetRequiredService<OutboxOptions>();

    public ISmsSender Sms => _services.GetRequiredService<ISmsSender>();

    public IEmailSender Email => _services.GetRequiredService<IEmailSender>();

    /// <param name="settings">Configuration keys, e.g. Sms:GatewayUrl, Smtp:Host (docs/notifications.md).</param>
    public static async Task<OutboxWorld> CreateAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(Start);
        var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        // The embedded sinks write under the test's own folder, never into the working directory.
        var sinks = Path.Combine(Path.GetTempPath(), "joldama-outbox-tests", Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Sms:SinkPath"] = Path.Combine(sinks, "sms-outbox.log"),
            ["Smtp:SinkPath"] = Path.Combine(sinks, "mail-outbox.log"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock).AddJoldamaNotifications(configuration);
        return new OutboxWorld(database, clock, services.BuildServiceProvider(), sinks);
    }

    public JoldamaDbContext Db() => _database.CreateContext();

    /// <summary>A file of the embedded sinks (sms-outbox.log, mail-outbox.log) of this world.</summary>
    public string SinkPath(string name) => Path.Combine(_sinks, name);

    /// <summary>A delivery pass over its own context (its own connection), as one worker instance would run it.</summary>
    public async Task<int> DeliverAsync()
    {
        await using var db = Db();
        return await Delivery(db).DeliverDueAsync();
    }

    public OutboxDelivery Delivery(JoldamaDbContext db) => new(db, Sms, Email, Options, Clock, NullLogger<OutboxDelivery>.Instance);

    /// <summary>Enqueues and commits, as a use case would with its state change.</summary>
    public async Task<Guid[]> EnqueueAsync(params OutboxMessage[] messages)
    {
        await using var db = Db();
        var ids = messages.Select(m => Outbox.Enqueue(db, m)).ToArray();
        await db.SaveChangesAsync();
        return ids;
    }

    public async Task<OutboxMessageRecord> RowAsync(Guid id)
    {
        await using var db = Db();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_sinks))
        {
            Directory.Delete(_sinks, recursive: true);
        }
    }
}
