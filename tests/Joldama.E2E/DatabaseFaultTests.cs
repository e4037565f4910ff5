using System.Globalization;
using System.Net.Http.Json;
using Joldama.Data;
using Joldama.Domain.Notifications;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.Package;
using Joldama.E2E.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Joldama.E2E;

/// <summary>
/// Issue 8, item 2: PostgreSQL restarted (fast and immediate shutdown), made read-only, and out of disk, while a few
/// virtual users take referral cases through their steps against the real process. Every test has a PostgreSQL cluster
/// of its own (initdb in a temp folder), so it can do to it what it likes. Pass: every answer is 2xx or a 503 problem
/// document with Retry-After (never a 500, never a hang), /health/ready says so, Joldama recovers without a restart of
/// its own, and every acknowledged write is in the database, whole, with its audit record.
/// </summary>
[Collection(DatabaseFaultCollection.Name)]
[Trait("Category", "E2E")]
public sealed class DatabaseFaultTests(ITestOutputHelper output)
{
    private const int Users = 3;
    private static readonly TimeSpan FaultLength = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RecoveryLimit = TimeSpan.FromSeconds(30);

    /// <summary>One cluster and one Joldama through both restarts: a clean one (fast: sessions rolled back and closed) and a crash (immediate: recovery from WAL).</summary>
    [DatabaseFaultFact]
    public async Task PostgresRestartedFastThenImmediate_503WhileDown_RecoversWithoutRestart_NothingAcknowledgedLost()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await postgres.CreateDatabaseAsync();
        await using var run = await FaultRun.StartAsync(postgres, output);

        foreach (var mode in new[] { "fast", "immediate" })
        {
            var fault = await run.FaultAsync(
                $"pg_ctl stop -m {mode}",
                inject: () => postgres.StopAsync(mode),
                during: async () =>
                {
                    // A browser's page (the session is checked against the database): a page in Russian, not JSON, not a 500.
                    var (page, html) = await run.Load.PageAsync(run.Reader, "/");
                    Assert.Equal(503, page.Status);
                    Assert.Equal("text/html", page.MediaType);
                    Assert.Contains("Сервис временно недоступен", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
                    Assert.Equal(TimeSpan.FromSeconds(5), page.RetryAfter);
                },
                heal: postgres.StartAgainAsync);

            Assert.True(fault.HealthDuring.Contains(503), $"/health/ready never said 503 while PostgreSQL was down ({mode})");
            Assert.True(fault.Refused > 0, $"no request was answered 503 while PostgreSQL was down ({mode})");
        }

        await run.VerifyAsync();

        // A restart nobody noticed (no request while it was down): the pool's idle connections are all dead. The first
        // request after it fails on one and the pool is dropped (DatabaseFaults); without that, each would fail one request.
        var refused = await run.QuietRestartAsync(async () =>
        {
            await postgres.StopAsync("fast");
            await postgres.StartAgainAsync();
        });
        Assert.True(refused <= 1, $"{refused} requests failed after a quiet restart: the pool kept its dead connections");
    }

    [DatabaseFaultFact]
    public async Task PostgresMadeReadOnly_Writes503_ReadsWork_WritesResumeWhenWritable()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await postgres.CreateDatabaseAsync();
        await using var run = await FaultRun.StartAsync(postgres, output);

        var fault = await run.FaultAsync(
            "default_transaction_read_only = on",
            // ALTER SYSTEM and a reload reach the sessions already open too: the pool's connections turn read-only at their next statement.
            inject: async () =>
            {
                await postgres.ExecuteAsync("ALTER SYSTEM SET default_transaction_read_only = on");
                await postgres.ExecuteAsync("SELECT pg_reload_conf()");
            },
            during: async () =>
            {
                var (me, _) = await run.Load.SendAsync(run.Reader, new HttpRequestMessage(HttpMethod.Get, "api/account/me"), "me");
                Assert.Equal(200, me.Status); // a read that writes nothing (the session is checked in the database)
            },
            heal: async () =>
            {
                await postgres.ExecuteAsync("ALTER SYSTEM RESET default_transaction_read_only");
                await postgres.ExecuteAsync("SELECT pg_reload_conf()");
            });

        Assert.True(fault.HealthDuring.Contains(503), "/health/ready never said 503 while PostgreSQL was read-only");
        Assert.True(fault.Refused > 0, "no request was answered 503 while PostgreSQL was read-only");
        Assert.Equal(0, fault.WritesAcknowledgedDuring);
        await run.VerifyAsync();
    }

    [DatabaseFaultFact(NeedsMount = true)]
    public async Task PostgresOutOfDisk_Writes503_RecoverWhenSpaceFreed()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        var mount = await postgres.SmallTablespaceAsync("small", 48);
        await postgres.CreateDatabaseAsync("small"); // every table and index of Joldama on the small tmpfs
        await using var run = await FaultRun.StartAsync(postgres, output);
        var filler = Path.Combine(mount, "filler");

        var fault = await run.FaultAsync(
            "tablespace on a full tmpfs",
            inject: () =>
            {
                FillUp(filler);
                return Task.CompletedTask;
            },
            during: () => Task.CompletedTask,
            heal: () =>
            {
                File.Delete(filler);
                return Task.CompletedTask;
            },
            // Pages with room left take a few more rows; the fault lasts until writes are refused.
            until: load => load.Answers.Any(a => a.IsWrite && a.Status == 503));

        Assert.True(fault.Writes503 > 0, "no write was answered 503 while the disk was full");
        await run.VerifyAsync();
    }

    /// <summary>Writes zeros into <paramref name="path"/> until the file system is full.</summary>
    private static void FillUp(string path)
    {
        var chunk = new byte[1 << 20];
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        try
        {
            while (true)
            {
                stream.Write(chunk);
            }
        }
        catch (IOException)
        {
            // ENOSPC: full. Smaller writes take the last pages too.
            for (var size = chunk.Length / 2; size >= 4096; size /= 2)
            {
                try
                {
                    stream.Write(chunk.AsSpan(0, size));
                }
                catch (IOException)
                {
                }
            }
        }
    }

    /// <summary>What one fault showed.</summary>
    private sealed record FaultFigures(int Requests, int Refused, int Writes503, int WritesAcknowledgedDuring, IReadOnlyCollection<int> HealthDuring, TimeSpan Recovery);

    /// <summary>Joldama on the throw-away cluster with its load running, the health probe, and the checks after.</summary>
    private sealed class FaultRun : IAsyncDisposable
    {
        private readonly ThrowawayPostgres _postgres;
        private readonly WebAppServer _app;
        private readonly ITestOutputHelper _output;
        private readonly CancellationTokenSource _stop = new();
        private readonly List<(TimeSpan At, int Status)> _health = [];
        private Task _loadTask = Task.CompletedTask;
        private Task _healthTask = Task.CompletedTask;

        private FaultRun(ThrowawayPostgres postgres, WebAppServer app, HttpClient reader, ITestOutputHelper output)
        {
            _postgres = postgres;
            _app = app;
            Reader = reader;
            _output = output;
            Load = new ReferralLoad(app.BaseAddress);
        }

        public ReferralLoad Load { get; }

        /// <summary>A signed-in clinician outside the load, for the reads and pages a test tries during the fault.</summary>
        public HttpClient Reader { get; }

        public static async Task<FaultRun> StartAsync(ThrowawayPostgres postgres, ITestOutputHelper output)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var app = await WebAppServer.StartAsync(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = postgres.ConnectionString(pooling: true),
                // The outbox worker runs through the fault too: it must be there after it.
                ["Outbox__PollInterval"] = "00:00:01",
            });
            output.WriteLine($"Joldama ready on its own PostgreSQL (port {postgres.Port}) in {started.Elapsed.TotalSeconds:0.0} s");
            var reader = await ApiCalls.SignInAsync(app.BaseAddress, "clinician", ReferralLoad.RequestTimeout);
            var run = new FaultRun(postgres, app, reader, output);
            run._loadTask = run.Load.RunAsync(Users, run._stop.Token);
            run._healthTask = run.ProbeHealthAsync();
            return run;
        }

        /// <summary>
        /// Load until every user has a case acknowledged; <paramref name="inject"/>; <see cref="FaultLength"/> (or until
        /// <paramref name="until"/>) with <paramref name="during"/> tried in it; <paramref name="heal"/>; load until a
        /// write is acknowledged again and /health/ready answers 200; two more seconds of load.
        /// </summary>
        public async Task<FaultFigures> FaultAsync(
            string name, Func<Task> inject, Func<Task> during, Func<Task> heal, Func<ReferralLoad, bool>? until = null)
        {
            await WaitAsync(() => Load.Acknowledged.Count(a => a.What == "create") >= Users, TimeSpan.FromSeconds(60), "the load did not get going");
            await Task.Delay(TimeSpan.FromSeconds(1));
            var faultAt = Load.Now;
            await inject();
            var injectedAt = Load.Now;
            await Task.Delay(FaultLength);
            if (until is not null)
            {
                await WaitAsync(() => until(Load), TimeSpan.FromSeconds(20), "the fault did not show");
            }

            await during();
            var healingAt = Load.Now;
            await heal();
            var healedAt = Load.Now; // the database serves again (pg_ctl start -w returned; the setting reloaded; the file deleted)
            await WaitAsync(
                () => Load.Answers.Any(a => a.IsWrite && a.IsSuccess && a.Sent >= healedAt) && Health(healedAt).LastOrDefault().Status == 200,
                RecoveryLimit,
                "Joldama did not recover: no write acknowledged and /health/ready 200 after the database came back");
            var recovered = Load.Answers.Where(a => a.IsWrite && a.IsSuccess && a.Sent >= healedAt).Min(a => a.Received);
            await Task.Delay(TimeSpan.FromSeconds(1));
            TimeSpan healthBack;
            lock (_health)
            {
                healthBack = _health.Where(h => h.At >= healedAt && h.Status == 200).Select(h => h.At).DefaultIfEmpty(healedAt).Min();
            }

            var window = Load.Answers.Where(a => a.Sent >= faultAt && a.Sent < healingAt).ToList();
            var after = Load.Answers.Where(a => a.Sent >= healedAt).ToList();
            var figures = new FaultFigures(
                window.Count,
                window.Count(a => a.Status == 503),
                window.Count(a => a.IsWrite && a.Status == 503),
                // (a second after the fault is in place: a reload reaches the open sessions a moment later)
                window.Count(a => a.IsWrite && a.IsSuccess && a.Sent >= injectedAt + TimeSpan.FromSeconds(1)),
                Health(faultAt).Where(h => h.At < healingAt).Select(h => h.Status).ToHashSet(),
                recovered - healedAt);
            var refusedAfter = after.Count(a => a.Status == 503);
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: fault {(healingAt - faultAt).TotalSeconds:0.0} s (+ {(healedAt - healingAt).TotalSeconds:0.0} s to undo it); {figures.Requests} requests in it " +
                $"({Breakdown(window)}); writes (not reads) answered 503: {figures.Writes503}; writes acknowledged after the fault began: {figures.WritesAcknowledgedDuring}; " +
                $"/health/ready during: {string.Join('/', figures.HealthDuring.Order())}; after the database was back: first write acknowledged in " +
                $"{figures.Recovery.TotalSeconds:0.00} s, /health/ready 200 in {(healthBack - healedAt).TotalSeconds:0.00} s, {refusedAfter} requests refused after it"));
            return figures;
        }

        /// <summary>Stops the load; every answer 2xx or a 503 problem document; every acknowledged write in the database, whole.</summary>
        public async Task VerifyAsync()
        {
            await _stop.CancelAsync();
            await _loadTask;
            await _healthTask;

            var answers = Load.Answers.ToList();
            _output.WriteLine($"whole run: {answers.Count} answers ({Breakdown(answers)}), {Load.Acknowledged.Count} writes acknowledged");
            Assert.All(answers, a => Assert.True(a.IsSuccess || a.Status == 503, "neither 2xx nor 503: " + a));
            Assert.All(answers.Where(a => a.Status == 503), a =>
            {
                Assert.True(a.MediaType == (a.What == "page" ? "text/html" : "application/problem+json"), "503 without a problem document: " + a);
                Assert.True(a.What == "page" || a.Code == "database.unavailable", "503 with another code: " + a);
                Assert.Equal(TimeSpan.FromSeconds(5), a.RetryAfter);
            });
            Assert.All(_health, h => Assert.True(h.Status is 200 or 503, $"/health/ready answered {h.Status} at {h.At}"));

            var acknowledged = Load.Acknowledged.ToList();
            var ids = acknowledged.Select(a => a.CaseId).Distinct().ToList();
            var options = new DbContextOptionsBuilder<JoldamaDbContext>();
            DataServiceCollectionExtensions.Configure(options, DatabaseProvider.Postgres, _postgres.ConnectionString());
            await using (var db = new JoldamaDbContext(options.Options))
            {
                var cases = await db.ReferralCases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
                var documents = (await db.ReferralDocuments.AsNoTracking().Where(d => ids.Contains(d.CaseId)).Select(d => new { d.CaseId, d.Kind }).ToListAsync())
                    .ToLookup(d => d.CaseId, d => d.Kind);
                var transitions = (await db.ReferralTransitions.AsNoTracking().Where(t => ids.Contains(t.CaseId)).Select(t => new { t.CaseId, t.Trigger }).ToListAsync())
                    .ToLookup(t => t.CaseId, t => t.Trigger);
                var audited = (await db.AuditRecords.AsNoTracking().Where(a => a.Action == "referral.create").Select(a => a.EntityId).ToListAsync()).ToHashSet();
                foreach (var (id, what) in acknowledged)
                {
                    Assert.True(cases.ContainsKey(id), $"acknowledged case {id} is not in the database");
                    var (verb, argument) = what.Contains(':', StringComparison.Ordinal) ? (what[..what.IndexOf(':', StringComparison.Ordinal)], what[(what.IndexOf(':', StringComparison.Ordinal) + 1)..]) : (what, string.Empty);
                    switch (verb)
                    {
                        case "create":
                            Assert.True(audited.Contains(id.ToString()), $"case {id} has no audit record of its creation");
                            break;
                        case "upload":
                            Assert.True(documents[id].Contains(Enum.Parse<PackageDocumentKind>(Pascal(argument))), $"acknowledged {what} of {id} is not in the database");
                            break;
                        case "provider":
                            Assert.NotNull(cases[id].ProviderOrganizationId);
                            break;
                        default:
                            Assert.True(transitions[id].Contains(Enum.Parse<ReferralTrigger>(Pascal(argument))), $"acknowledged {what} of {id} is not in the database");
                            break;
                    }
                }

                // Nothing half-written: a case past its draft has its whole package, each document once, and each of its steps.
                foreach (var c in cases.Values)
                {
                    Assert.All(documents[c.Id].GroupBy(k => k), g => Assert.Single(g));
                    if (c.State != ReferralState.Draft)
                    {
                        Assert.Equal(4, documents[c.Id].Count());
                        Assert.Contains(ReferralTrigger.Submit, transitions[c.Id]);
                    }

                    if (c.State == ReferralState.Registered)
                    {
                        Assert.Equal(new[] { "Approve", "Register", "Submit" }, transitions[c.Id].Select(t => t.ToString()).Order(StringComparer.Ordinal));
                    }
                }

                // The outbox worker lived through the fault: every SMS of the registrations goes out within a few passes.
                await WaitAsync(() => !db.OutboxMessages.Any(m => m.Channel == NotificationChannel.Sms && m.DeliveredAt == null && m.FailedAt == null), TimeSpan.FromSeconds(20),
                    "SMS still pending after the fault: the outbox worker did not resume");
                Assert.False(await db.OutboxMessages.AnyAsync(m => m.Channel == NotificationChannel.Sms && m.FailedAt != null), "an SMS was given up");
                _output.WriteLine($"database: {cases.Count} acknowledged cases, {cases.Values.Count(c => c.State == ReferralState.Registered)} registered, " +
                    $"{await db.OutboxMessages.CountAsync(m => m.Channel == NotificationChannel.Sms)} SMS delivered");
            }

            // The audit chain written across the fault verifies whole.
            using var auditor = await ApiCalls.SignInAsync(_app.BaseAddress, "auditor");
            var chain = await ApiCalls.OkAsync(await auditor.PostAsJsonAsync("api/audit/verify", new { }));
            Assert.True(chain.GetProperty("isIntact").GetBoolean(), chain.ToString());
        }

        /// <summary>
        /// With the load stopped: fills the pool with idle connections (concurrent reads), <paramref name="restart"/>, then
        /// reads one after another; returns how many of those were refused (each must be 2xx or 503).
        /// </summary>
        public async Task<int> QuietRestartAsync(Func<Task> restart)
        {
            const int Parallel = 8;
            const int After = 12;
            var before = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Load.SendAsync(Reader, new HttpRequestMessage(HttpMethod.Get, "api/account/me"), "me")));
            Assert.All(before, b => Assert.Equal(200, b.Answer.Status));
            await restart();
            var statuses = new List<int>();
            for (var i = 0; i < After; i++)
            {
                var (answer, _) = await Load.SendAsync(Reader, new HttpRequestMessage(HttpMethod.Get, "api/account/me"), "me");
                Assert.True(answer.Status is 200 or 503, "after a quiet restart: " + answer);
                statuses.Add(answer.Status);
            }

            var refused = statuses.Count(s => s == 503);
            _output.WriteLine($"quiet restart (pg_ctl stop -m fast and start, no request meanwhile; {Parallel} connections in the pool before): " +
                $"{refused} of the next {After} requests refused ({string.Join(' ', statuses)})");
            Assert.Equal(200, statuses[^1]);
            return refused;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await Task.WhenAll(_loadTask, _healthTask);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // A failed test's load: its assertion says what went wrong.
            }

            Reader.Dispose();
            await _app.DisposeAsync();
            _stop.Dispose();
        }

        private List<(TimeSpan At, int Status)> Health(TimeSpan since)
        {
            lock (_health)
            {
                return [.. _health.Where(h => h.At >= since)];
            }
        }

        private async Task ProbeHealthAsync()
        {
            using var http = new HttpClient { BaseAddress = _app.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            while (!_stop.IsCancellationRequested)
            {
                var at = Load.Now;
                int status;
                try
                {
                    using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                    status = (int)response.StatusCode;
                }
                catch (TaskCanceledException)
                {
                    status = 0;
                }

                lock (_health)
                {
                    _health.Add((at, status));
                }

                try
                {
                    await Task.Delay(250, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        private static async Task WaitAsync(Func<bool> condition, TimeSpan limit, string failure)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!condition())
            {
                Assert.True(waited.Elapsed < limit, $"{failure} (waited {limit.TotalSeconds:0} s)");
                await Task.Delay(100);
            }
        }

        private static string Breakdown(IEnumerable<ReferralLoad.Answer> answers) =>
            string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} × {(g.Key == 0 ? "timeout" : g.Key.ToString(CultureInfo.InvariantCulture))}"));

        private static string Pascal(string kebab) =>
            string.Concat(kebab.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
    }
}

/// <summary>The database fault tests run alone: they time outages and recoveries, and each runs a PostgreSQL and a Joldama.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseFaultCollection
{
    public const string Name = "DatabaseFaults";
}

/// <summary>Skipped (with the reason) where a throw-away PostgreSQL cannot be started, or a tmpfs mounted when <see cref="NeedsMount"/>.</summary>
public sealed class DatabaseFaultFactAttribute : FactAttribute
{
    public DatabaseFaultFactAttribute()
    {
        Skip = ThrowawayPostgres.SkipReason;
    }

    private bool _needsMount;

    public bool NeedsMount
    {
        get => _needsMount;
        set
        {
            _needsMount = value;
            Skip ??= value ? ThrowawayPostgres.MountSkipReason : null;
        }
    }
}

/// <summary>The theory form of <see cref="DatabaseFaultFactAttribute"/>.</summary>
public sealed class DatabaseFaultTheoryAttribute : TheoryAttribute
{
    public DatabaseFaultTheoryAttribute()
    {
        Skip = ThrowawayPostgres.SkipReason;
    }
}
