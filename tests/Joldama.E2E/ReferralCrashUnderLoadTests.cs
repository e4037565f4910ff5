using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Joldama.Data;
using Joldama.Domain.Notifications;
using Joldama.Domain.Referrals;
using Joldama.E2E.Infrastructure;
using Joldama.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Joldama.E2E;

/// <summary>
/// Issue 8, item 1: the referral workflow under concurrent load (8 virtual users, each with its own clinician, commission
/// and admission sessions and its own patients) while the real Joldama process is killed with SIGKILL at random moments
/// and restarted on the same PostgreSQL database. Afterwards every answered write must be in the database with its audit
/// record and outbox messages, no case may be half moved, every notice must reach the SMTP server and the SMS gateway
/// once, and the audit chain must verify. <c>JOLDAMA_SOAK=1</c>: 20 kills; <c>JOLDAMA_CRASH_SEED</c> replays a schedule.
/// </summary>
public sealed partial class ReferralCrashUnderLoadTests(ITestOutputHelper output)
{
    private const int Users = 8;

    private static readonly bool Soak = Environment.GetEnvironmentVariable("JOLDAMA_SOAK") == "1";

    [PostgresFact]
    public async Task KilledAtRandomUnderConcurrentLoad_AcknowledgedWritesKept_NoticesDeliveredOnce_AuditChainIntact()
    {
        var seed = Environment.GetEnvironmentVariable("JOLDAMA_CRASH_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"seed {seed} (JOLDAMA_CRASH_SEED={seed} replays the kill schedule and the users' choices)");
        var random = new Random(seed);
        var kills = Soak ? 20 : 3;

        await using var database = await TestDatabase.CreatePostgresAsync();
        await using var smtp = await SmtpTestServer.StartAsync();
        await using var gateway = SmsGatewayReceiver.Start();
        // The worker delivers while the load runs, so that kills also land in the middle of deliveries.
        var settings = GatewaySettings.For(database.ConnectionString, smtp, gateway, TimeSpan.FromSeconds(1));

        var servers = new List<WebAppServer>();
        try
        {
            servers.Add(await WebAppServer.StartAsync(settings));
            var app = new LiveApp(servers[0]);
            var log = new LoadLog();
            using var stop = new CancellationTokenSource();
            var clock = Stopwatch.StartNew();
            var users = Enumerable.Range(0, Users)
                .Select(v => Task.Run(() => new VirtualUser(v, seed, app, log).RunAsync(stop.Token)))
                .ToArray();

            var slowestRestart = TimeSpan.Zero;
            var startKills = 0;

            // The kills: each after a random amount of work since the last (answers counted, so that a slow machine still has
            // cases in the middle of their steps), at a random moment; then a restart on the same database and folder.
            for (var kill = 1; kill <= kills; kill++)
            {
                var target = log.Answered + random.Next(10, Soak ? 400 : 60);
                var waiting = Stopwatch.StartNew();
                while (log.Answered < target && waiting.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(100);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 1_500)));
                app.GoDown();
                servers[^1].Kill();
                var down = clock.Elapsed;
                if (kill == 2 || (Soak && random.Next(3) == 0))
                {
                    // A crash loop: the next start is killed too, while it migrates, seeds or delivers its first notices.
                    var after = TimeSpan.FromMilliseconds(random.Next(300, 4_000));
                    var ready = await WebAppServer.StartAndKillAsync(settings, servers[0].TempDirectory, after);
                    startKills++;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kill {kill}b: the restart after kill {kill} killed too, {after.TotalSeconds:0.0} s after its launch ({(ready ? "ready" : "not ready yet")})"));
                }

                var launched = clock.Elapsed;
                servers.Add(await WebAppServer.StartAsync(settings, servers[0].TempDirectory));
                app.Up(servers[^1]);
                slowestRestart = TimeSpan.FromTicks(Math.Max(slowestRestart.Ticks, (clock.Elapsed - launched).Ticks));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"kill {kill} at {down.TotalSeconds:0.0} s, {log.Answered} answered so far; up again after {(clock.Elapsed - down).TotalSeconds:0.0} s"));
            }

            // Load on the last process too, until the users have had patients notified by SMS and e-mail (a busy machine is slow).
            var last = Stopwatch.StartNew();
            while (last.Elapsed < TimeSpan.FromSeconds(Soak ? 20 : 5)
                   || (log.Acks.Count(a => a.Trigger is "register" or "reject") < Users && last.Elapsed < TimeSpan.FromSeconds(60)))
            {
                await Task.Delay(250);
            }

            await stop.CancelAsync();
            await Task.WhenAll(users);
            var loadTime = clock.Elapsed;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                users {Users}, load {loadTime.TotalSeconds:0} s
                requests answered 2xx {log.Answered}, lost to kills (connection error, outcome unknown) {log.LostCount}, sessions lost (401) {log.SessionsLost}
                step requests lost {log.LostSteps}: {log.LostStepsApplied} had committed before the kill, the rest had not (and were sent again)
                acknowledged: {log.Acks.Count(a => a.Kind == AckKind.Patient)} patients, {log.Acks.Count(a => a.Kind == AckKind.Create)} cases, {log.Acks.Count(a => a.Kind == AckKind.Document)} documents, {log.Acks.Count(a => a.Kind == AckKind.Step)} steps
                cases finished {log.Finished}, kills {kills} under load and {startKills} while starting, slowest restart (launch to ready) {slowestRestart.TotalSeconds:0.0} s
                statuses: {string.Join(", ", log.Statuses.OrderBy(s => s.Key).Select(s => s.Key + " × " + s.Value))}
                """));

            Assert.True(log.Unexpected.IsEmpty, "unexpected answers:\n" + string.Join('\n', log.Unexpected.Take(20)));
            Assert.True(log.Acks.Count(a => a.Kind == AckKind.Step) >= Users, "too little load: " + log.Acks.Count(a => a.Kind == AckKind.Step) + " steps");

            await using (var db = database.CreateContext())
            {
                await AssertAcknowledgedWritesKeptAsync(db, log);
                await AssertNoCaseHalfMovedAsync(db, log);
            }

            var delivered = await AssertNoticesDeliveredOnceAsync(database, smtp, gateway, kills + startKills);
            Assert.True(delivered.Sms > 0 && delivered.Email > 0, "no SMS or e-mail was sent: the delivery check proved nothing");
            await AssertAuditChainIntactAsync(database, app);

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"notices delivered: {delivered.Sms} SMS, {delivered.Email} e-mails (repeats of one message id: {delivered.Repeats}), {delivered.Cabinet} cabinet; total {clock.Elapsed.TotalSeconds:0} s"));
        }
        finally
        {
            for (var i = servers.Count - 1; i >= 0; i--)
            {
                await servers[i].DisposeAsync();
            }
        }
    }

    /// <summary>Each answered creation and step is in the database, with its audit record; the case is at least as far along.</summary>
    private static async Task AssertAcknowledgedWritesKeptAsync(JoldamaDbContext db, LoadLog log)
    {
        var acks = log.Acks.ToList();
        var patients = acks.Where(a => a.Kind == AckKind.Patient).Select(a => a.Id).Distinct().ToList();
        var storedPatients = await db.Patients.Where(p => patients.Contains(p.Id)).Select(p => p.Id).ToListAsync();
        Assert.Empty(patients.Except(storedPatients));
        var patientAudits = await db.AuditRecords.Where(a => a.EntityType == "patient" && a.Action == "patient.create").Select(a => a.EntityId).ToListAsync();
        Assert.Empty(patients.Select(p => p.ToString()).Except(patientAudits));

        var caseIds = acks.Where(a => a.Kind != AckKind.Patient).Select(a => a.Id).Distinct().ToList();
        var cases = await db.ReferralCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        var transitions = (await db.ReferralTransitions.AsNoTracking().Where(t => caseIds.Contains(t.CaseId)).ToListAsync()).ToLookup(t => t.CaseId);
        var keys = caseIds.Select(c => c.ToString()).ToList();
        var audits = (await db.AuditRecords.AsNoTracking().Where(a => a.EntityType == "referral" && keys.Contains(a.EntityId))
            .Select(a => new { a.EntityId, a.Action }).ToListAsync()).ToLookup(a => Guid.Parse(a.EntityId), a => a.Action);
        var documents = (await db.ReferralDocuments.AsNoTracking().Where(d => caseIds.Contains(d.CaseId)).Select(d => new { d.Id, d.CaseId }).ToListAsync())
            .ToLookup(d => d.CaseId, d => d.Id);

        foreach (var ack in acks.Where(a => a.Kind != AckKind.Patient))
        {
            Assert.True(cases.TryGetValue(ack.Id, out var stored), $"acknowledged {ack} but the case is not in the database");
            switch (ack.Kind)
            {
                case AckKind.Create:
                    Assert.Single(audits[ack.Id], "referral.create");
                    break;
                case AckKind.Document:
                    Assert.Contains(ack.Detail!.Value, documents[ack.Id]);
                    break;
                case AckKind.Provider:
                    Assert.NotNull(stored.ProviderOrganizationId);
                    Assert.Contains("referral.choose_provider", audits[ack.Id]);
                    break;
                case AckKind.Step:
                    var trigger = Enum.Parse<ReferralTrigger>(ack.Trigger!.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
                    var row = Assert.Single(transitions[ack.Id], t => t.Trigger == trigger);
                    Assert.Equal(ack.State, Kebab(row.To));
                    Assert.Single(audits[ack.Id], a => a == "referral." + ack.Trigger);
                    Assert.True(stored.Version >= ack.Version, $"{ack}: the case is at version {stored.Version}");
                    Assert.True(Rank(stored.State) >= Rank(row.To), $"{ack}: the case went back to {stored.State}");
                    break;
            }
        }
    }

    /// <summary>
    /// Every case of the load is whole: its transitions are a legal chain from Draft ending in its state, its version counts
    /// every change, each transition has one audit record and the outbox messages its state enqueues, nothing more.
    /// </summary>
    private static async Task AssertNoCaseHalfMovedAsync(JoldamaDbContext db, LoadLog log)
    {
        var patients = log.Acks.Where(a => a.Kind == AckKind.Patient).Select(a => a.Id).Distinct().ToList();
        var cases = await db.ReferralCases.AsNoTracking().Where(c => patients.Contains(c.PatientId)).ToListAsync();
        // One case per patient: a request retried after a kill (same Idempotency-Key) never opened a second.
        Assert.Equal(cases.Count, cases.Select(c => c.PatientId).Distinct().Count());
        Assert.Superset(log.Acks.Where(a => a.Kind == AckKind.Create).Select(a => a.Id).ToHashSet(), cases.Select(c => c.Id).ToHashSet());
        var ids = cases.Select(c => c.Id).ToList();
        var keys = ids.Select(i => i.ToString()).ToList();
        var transitions = (await db.ReferralTransitions.AsNoTracking().Where(t => ids.Contains(t.CaseId)).ToListAsync()).ToLookup(t => t.CaseId);
        var audits = (await db.AuditRecords.AsNoTracking().Where(a => a.EntityType == "referral" && keys.Contains(a.EntityId))
            .Select(a => new { a.EntityId, a.Action }).ToListAsync()).ToLookup(a => Guid.Parse(a.EntityId), a => a.Action);
        var documents = (await db.ReferralDocuments.AsNoTracking().Where(d => ids.Contains(d.CaseId)).Select(d => d.CaseId).ToListAsync()).ToLookup(d => d);
        var outbox = (await db.OutboxMessages.AsNoTracking().Where(m => m.ReferralId != null && ids.Contains(m.ReferralId.Value)).ToListAsync())
            .ToLookup(m => m.ReferralId!.Value);

        foreach (var c in cases)
        {
            var chain = transitions[c.Id].OrderBy(t => t.At).ToList();
            var state = ReferralState.Draft;
            foreach (var t in chain)
            {
                Assert.Equal(state, t.From);
                Assert.Equal(ReferralWorkflow.Find(t.From, t.Trigger)?.To, t.To);
                state = t.To;
            }

            Assert.Equal(state, c.State);
            var caseAudits = audits[c.Id].ToList();
            foreach (var trigger in chain.Select(t => t.Trigger))
            {
                Assert.Single(caseAudits, a => a == "referral." + Kebab(trigger));
            }

            Assert.Equal(documents[c.Id].Count(), caseAudits.Count(a => a == "referral.document_upload"));
            Assert.Equal(chain.Count + documents[c.Id].Count() + caseAudits.Count(a => a == "referral.choose_provider"), c.Version);

            var expected = chain.SelectMany(t => ChannelsFor(t.To).Select(channel => ("referral." + Kebab(t.To), channel))).Order().ToList();
            var actual = outbox[c.Id].Select(m => (m.Topic, m.Channel)).Order().ToList();
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>What the load's patients (phone and e-mail, informed by SMS) receive on reaching each state.</summary>
    private static NotificationChannel[] ChannelsFor(ReferralState state) => state switch
    {
        ReferralState.Registered or ReferralState.Rejected or ReferralState.PatientInformed =>
            [NotificationChannel.Sms, NotificationChannel.Email, NotificationChannel.Cabinet],
        ReferralState.Approved or ReferralState.AcceptedByProvider => [NotificationChannel.Cabinet],
        _ => [],
    };

    /// <summary>
    /// Once the outbox has drained, the gateway and the mail server hold each SMS and e-mail row's id, and nothing else.
    /// A kill between the gateway's answer and the commit makes the worker send the same message (same id, the receiver's
    /// idempotency key) again after the restart: at most one per kill, counted and printed.
    /// </summary>
    private async Task<(int Sms, int Email, int Cabinet, int Repeats)> AssertNoticesDeliveredOnceAsync(
        TestDatabase database, SmtpTestServer smtp, SmsGatewayReceiver gateway, int kills)
    {
        var waited = Stopwatch.StartNew();
        int pending;
        do
        {
            await Task.Delay(500);
            await using var db = database.CreateContext();
            pending = await db.OutboxMessages.CountAsync(m => m.DeliveredAt == null && m.FailedAt == null);
        }
        while (pending > 0 && waited.Elapsed < TimeSpan.FromSeconds(90));

        Assert.Equal(0, pending);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a few more passes of the worker: nothing may come again

        await using (var db = database.CreateContext())
        {
            var rows = await db.OutboxMessages.AsNoTracking().Select(m => new { m.Id, m.Channel, m.FailedAt, m.LastError, m.Attempts }).ToListAsync();
            Assert.All(rows, r => Assert.True(r.FailedAt is null, $"{r.Channel} {r.Id} given up: {r.LastError}"));
            var sms = rows.Where(r => r.Channel == NotificationChannel.Sms).Select(r => r.Id).ToHashSet();
            var email = rows.Where(r => r.Channel == NotificationChannel.Email).Select(r => r.Id).ToHashSet();
            var sent = gateway.Sent.Select(s => s.Id).ToList();
            var mailed = smtp.MessageTexts().Select(text => Guid.Parse(MessageIdHeader().Match(text).Groups[1].Value)).ToList();
            Assert.Equal(sms, sent.ToHashSet());
            Assert.Equal(email, mailed.ToHashSet());
            Assert.All(gateway.Received, r => Assert.Equal(200, r.Status));
            var repeats = sent.Count - sms.Count + mailed.Count - email.Count;
            if (repeats > 0)
            {
                // Attempts 1: the attempt cut by the kill was never recorded, only the one after the restart.
                output.WriteLine("repeated deliveries (same message id): " + string.Join(", ",
                    sent.Concat(mailed).GroupBy(i => i).Where(g => g.Count() > 1).Select(g => rows.Single(r => r.Id == g.Key))
                        .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Channel} {r.Id} (attempts recorded {r.Attempts}, last error {r.LastError ?? "none"})"))));
            }

            Assert.True(repeats <= kills, $"{repeats} repeated deliveries after {kills} kills");

            return (sms.Count, email.Count, rows.Count(r => r.Channel == NotificationChannel.Cabinet), repeats);
        }
    }

    /// <summary>The chain written across the kills verifies whole, as the auditor's check reports it.</summary>
    private static async Task AssertAuditChainIntactAsync(TestDatabase database, LiveApp app)
    {
        var auditor = await ApiCalls.SignInAsync(await app.UpAsync(), "auditor");
        var chain = await ApiCalls.OkAsync(await auditor.PostAsync("api/audit/verify", new StringContent("{}", System.Text.Encoding.UTF8, "application/json")));
        Assert.True(chain.GetProperty("isIntact").GetBoolean(), chain.ToString());
        await using var db = database.CreateContext();
        Assert.Equal(await db.AuditRecords.LongCountAsync(), chain.GetProperty("verifiedRecords").GetInt64());
    }

    /// <summary>How far along a state is on the load's paths (Rejected and PatientInformed both end one).</summary>
    private static int Rank(ReferralState state) => state switch
    {
        ReferralState.Draft => 0,
        ReferralState.SentToCommission => 1,
        ReferralState.Approved or ReferralState.Rejected => 2,
        ReferralState.Registered => 3,
        ReferralState.AcceptedByProvider => 4,
        _ => 5,
    };

    private static string Kebab<T>(T value)
        where T : struct, Enum => KebabPattern().Replace(value.ToString(), "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex KebabPattern();

    [GeneratedRegex(@"Message-Id:\s*<([0-9a-f-]{36})@joldama>", RegexOptions.IgnoreCase)]
    private static partial Regex MessageIdHeader();

    private enum AckKind
    {
        Patient,
        Create,
        Document,
        Provider,
        Step,
    }

    /// <summary>A write the app answered with 2xx: what it was, on which case (or patient), and the state and version it answered.</summary>
    private sealed record Ack(AckKind Kind, Guid Id, string? Trigger = null, string? State = null, int Version = 0, Guid? Detail = null);

    /// <summary>What the users saw: the acknowledged writes, the requests lost to a kill, the answers by status, anything unexpected.</summary>
    private sealed class LoadLog
    {
        private int _answered;
        private int _lost;
        private int _sessionsLost;
        private int _lostSteps;
        private int _lostStepsApplied;
        private int _finished;

        public ConcurrentBag<Ack> Acks { get; } = [];

        public ConcurrentBag<string> Unexpected { get; } = [];

        public ConcurrentDictionary<int, int> Statuses { get; } = new();

        public int Answered => Volatile.Read(ref _answered);

        public int LostCount => Volatile.Read(ref _lost);

        public int SessionsLost => Volatile.Read(ref _sessionsLost);

        public int LostSteps => Volatile.Read(ref _lostSteps);

        public int LostStepsApplied => Volatile.Read(ref _lostStepsApplied);

        /// <summary>A step request lost to a kill, and whether the case read afterwards showed it done.</summary>
        public void LostStep(bool applied)
        {
            Interlocked.Increment(ref _lostSteps);
            if (applied)
            {
                Interlocked.Increment(ref _lostStepsApplied);
            }
        }

        public int Finished => Volatile.Read(ref _finished);

        public void Answer(HttpStatusCode status)
        {
            Statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);
            if ((int)status is >= 200 and < 300)
            {
                Interlocked.Increment(ref _answered);
            }
        }

        public void Lost() => Interlocked.Increment(ref _lost);

        public void SessionLost() => Interlocked.Increment(ref _sessionsLost);

        public void Finish() => Interlocked.Increment(ref _finished);
    }

    /// <summary>The process currently serving: the users wait on <see cref="UpAsync"/> while it is down.</summary>
    private sealed class LiveApp
    {
        private readonly Lock _lock = new();
        private TaskCompletionSource<Uri> _up = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LiveApp(WebAppServer first) => _up.SetResult(first.BaseAddress);

        public Task<Uri> UpAsync()
        {
            lock (_lock)
            {
                return _up.Task;
            }
        }

        public void GoDown()
        {
            lock (_lock)
            {
                _up = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        public void Up(WebAppServer server)
        {
            lock (_lock)
            {
                _up.SetResult(server.BaseAddress);
            }
        }
    }
}
