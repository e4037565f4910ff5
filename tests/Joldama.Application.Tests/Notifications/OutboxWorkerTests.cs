using System.Collections.Concurrent;
using Joldama.Application.Notifications;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Application.Tests.Notifications;

/// <summary>The background worker as the host runs it: a failing pass does not stop it, and it logs no personal data.</summary>
public sealed class OutboxWorkerTests
{
    private const string Phone = "+77019998877";

    [Fact]
    public async Task The_worker_survives_a_database_that_is_not_ready_and_delivers_once_it_is()
    {
        await using var database = TestDatabase.CreateSqlite();
        var clock = new FakeTimeProvider(OutboxWorld.Start);
        var sink = Path.Combine(Path.GetTempPath(), "joldama-outbox-tests", Guid.NewGuid().ToString("N"), "sms-outbox.log");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sms:SinkPath"] = sink }).Build();
        var logs = new ListLoggerProvider();
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs))
            .AddSingleton<TimeProvider>(clock)
            .AddScoped(_ => database.CreateContext())
            .AddJoldamaNotifications(configuration)
            .AddJoldamaOutboxWorker()
            .BuildServiceProvider();
        var worker = services.GetServices<IHostedService>().OfType<OutboxDeliveryWorker>().Single();

        await worker.StartAsync(CancellationToken.None);
        await Until(() => logs.Lines.Any(l => l.Contains("pass failed", StringComparison.Ordinal))); // no table yet
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            services.GetRequiredService<Outbox>().Enqueue(db, OutboxMessage.Sms(Phone, "Жолдама мақұлданды", "kk", "referral.approved"));
            await db.SaveChangesAsync();
        }

        var interval = services.GetRequiredService<OutboxOptions>().PollInterval;
        await Until(() =>
        {
            clock.Advance(interval);
            return File.Exists(sink) && File.ReadAllText(sink).EndsWith('\n'); // the line written whole, not just the file created
        });
        await worker.StopAsync(CancellationToken.None);

        Assert.Single(await File.ReadAllLinesAsync(sink));
        Assert.Contains(logs.Lines, l => l.Contains("delivered on attempt 1", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Phone, StringComparison.Ordinal) || l.Contains("Жолдама", StringComparison.Ordinal));
        Directory.Delete(Path.GetDirectoryName(sink)!, recursive: true);
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var wait = 0; wait < 200; wait++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The worker did not get there within 10 s.");
    }

    /// <summary>Keeps every formatted log line (with its exception's message) for the assertions.</summary>
    private sealed class ListLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => new ListLogger(_lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + " " + exception?.Message);
        }
    }
}
