using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Joldama.Bench.Baseline;
using Joldama.LoadBench;
using Npgsql;
using static Joldama.LoadBench.Servers;

// The referral load benchmark of issue 7 (docs/PERFORMANCE.md): Joldama (Release) on a PostgreSQL database with N
// generated cases, driven over loopback HTTP by virtual users, interleaved round by round with baseline (a) — the same
// transactions in raw Npgsql, in process — and baseline (b) — those transactions behind a minimal ASP.NET Core endpoint.
var options = BenchOptions.Parse(args);
var steps = Enum.GetValues<LifecycleStep>().Select(s => s.ToString()).ToArray();
string[] reads = ["worklist-open", "worklist-all", "search-iin", "referral-page", "cabinet"];
using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(60) };
var total = Stopwatch.StartNew();
var connection = new NpgsqlConnectionStringBuilder(options.Server) { Database = options.Database }.ConnectionString;
await EnsureDatabaseAsync(options);

var sms = Path.Combine(Path.GetTempPath(), "joldama-bench-sms-" + Environment.ProcessId + ".log");
var port = FreePort();
var joldamaUrl = $"http://127.0.0.1:{port}";
var environment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Demo", ["Database__Provider"] = "Postgres", ["Database__ConnectionString"] = connection, ["Sms__SinkPath"] = sms,
    ["Logging__LogLevel__Default"] = "Warning", ["DOTNET_gcServer"] = "0",
};
if (options.LogSql)
{
    environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
}

Process? joldama = null;
Process? minimal = null;
try
{
    Console.Error.WriteLine($"Joldama on {joldamaUrl}, database {options.Database}");
    joldama = Start(Dll("src/Joldama.Web", "Joldama.Web"), environment, "--urls", joldamaUrl);
    await WaitReadyAsync(http, joldamaUrl + "/health/ready", joldama);

    var generated = await ScalarAsync<long>(connection, "SELECT count(*) FROM referral_cases WHERE \"CreatedByUserId\" = '00000000-0000-0000-0000-00000000a11e'");
    if (generated < options.Cases)
    {
        Console.Error.WriteLine($"Generating {options.Cases - generated:N0} cases (there are {generated:N0})…");
        var watch = Stopwatch.StartNew();
        var exit = await RunAsync(Dll("src/Joldama.Cli", "joldama"), environment, "demo", "generate", "--cases", (options.Cases - generated).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", (7 + generated).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (exit != 0)
        {
            throw new InvalidOperationException("demo generate failed: " + exit);
        }

        Console.Error.WriteLine($"Generated in {watch.Elapsed.TotalSeconds:0} s.");
    }

    var world = await WorldAsync(connection);
    var patients = await ListAsync(connection, $"SELECT \"Id\", \"Iin\" FROM patients WHERE \"AttachmentOrganizationId\" = '{world.ClinicId}' LIMIT 4000", r => (r.GetGuid(0), r.GetString(1)));
    var regionCases = await ListAsync(connection, $"SELECT \"Id\" FROM referral_cases WHERE \"RegionCode\" = '{world.Region}' AND \"State\" <> 'Draft' ORDER BY random() LIMIT 2000", r => r.GetGuid(0));
    var regionIins = await ListAsync(connection, $"SELECT \"Iin\" FROM patients WHERE \"RegionCode\" = '{world.Region}' ORDER BY random() LIMIT 2000", r => r.GetString(0));
    var casesInDb = await ScalarAsync<long>(connection, "SELECT count(*) FROM referral_cases");
    Console.Error.WriteLine($"{casesInDb:N0} cases in the database; {patients.Count} patients of the demo clinic; starting baseline (b).");

    var minimalUrl = $"http://127.0.0.1:{FreePort()}";
    minimal = Start(Dll("bench/Joldama.Bench.MinimalApi", "Joldama.Bench.MinimalApi"), new Dictionary<string, string>
    {
        ["Bench__ConnectionString"] = connection, ["Bench__World"] = JsonSerializer.Serialize(world), ["DOTNET_gcServer"] = "0",
    }, "--urls", minimalUrl);
    await WaitReadyAsync(http, minimalUrl + "/health", minimal);

    var client = new JoldamaClient(http, joldamaUrl);
    var password = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src/Joldama.Web/appsettings.Demo.json"))).RootElement.GetProperty("Demo").GetProperty("Password").GetString()!;
    var sessions = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
    foreach (var login in new[] { "clinician", "commission", "admission", "analyst" })
    {
        sessions[login] = await client.SignInAsync(login, password);
    }

    sessions["patient"] = await client.SignInPatientAsync("900101300017", sms);
    await using var source = NpgsqlDataSource.Create(connection);
    var direct = new SqlLifecycle(source, world, TimeProvider.System);

    var created = new ConcurrentDictionary<string, ConcurrentBag<Guid>>(StringComparer.Ordinal);
    var probe = new ProcessProbe(joldama.Id);
    using var watching = new CancellationTokenSource();
    var watcher = probe.WatchAsync(TimeSpan.FromMilliseconds(200), watching.Token);
    var results = new List<(int Round, string System, Recorder Recorder, double Cpu)>();
    var hospitalization = DateOnly.ParseExact(JoldamaClient.Today(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    var dateText = DateOnly.FromDayNumber(hospitalization.DayNumber + 14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // Joldama over HTTP: each step by the party the workflow table names.
    async Task<bool> JoldamaStep(LifecycleStep step, Carrier c) => step switch
    {
        LifecycleStep.Create => (c.Id = await client.CreateAsync(sessions["clinician"], c.PatientId, world.ProviderId)) != Guid.Empty,
        LifecycleStep.Upload => await client.UploadAsync(sessions["clinician"], c.Id, c.Upload),
        LifecycleStep.Submit => await client.StepAsync(sessions["clinician"], c.Id, new { trigger = "submit" }),
        LifecycleStep.Approve => await client.StepAsync(sessions["commission"], c.Id, new { trigger = "approve", protocolNumber = "П-42/2026" }),
        LifecycleStep.Register => await client.StepAsync(sessions["commission"], c.Id, new { trigger = "register" }),
        LifecycleStep.Accept => await client.StepAsync(sessions["admission"], c.Id, new { trigger = "accept", hospitalizationDate = dateText, carerPlaceProvided = true }),
        _ => await client.StepAsync(sessions["clinician"], c.Id, new { trigger = "inform", channel = "sms" }),
    };

    async Task<bool> DirectStep(LifecycleStep step, Carrier c)
    {
        await direct.RunAsync(step, new BaselineCase(c.Id, c.PatientId, c.Iin), c.Upload);
        return true;
    }

    async Task<bool> MinimalStep(LifecycleStep step, Carrier c)
    {
        using var response = await http.PostAsync(new Uri($"{minimalUrl}/cases/{c.Id}/{step}?patientId={c.PatientId}&iin={c.Iin}&upload={c.Upload}"), null);
        return response.IsSuccessStatusCode;
    }

    var systems = new (string Name, Func<LifecycleStep, Carrier, Task<bool>> Run, bool AssignsId)[]
    {
        ("joldama", JoldamaStep, false), ("baseline-a", DirectStep, true), ("baseline-b", MinimalStep, true),
    };

    async Task<Recorder> LifecyclePhaseAsync(string system, Func<LifecycleStep, Carrier, Task<bool>> run, bool assignsId, TimeSpan duration)
    {
        var recorder = new Recorder();
        var bag = created.GetOrAdd(system, _ => []);
        var phase = Stopwatch.StartNew();
        var iterations = 0;
        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(async vu =>
        {
            var random = new Random(vu);
            while (phase.Elapsed < duration && Interlocked.Increment(ref iterations) <= options.MaxLifecycles)
            {
                var (patientId, iin) = patients[random.Next(patients.Count)];
                var carrier = new Carrier { Id = assignsId ? Guid.NewGuid() : Guid.Empty, PatientId = patientId, Iin = iin };
                var ok = true;
                foreach (var step in Enum.GetValues<LifecycleStep>())
                {
                    for (var upload = 0; ok && upload < (step == LifecycleStep.Upload ? 4 : 1); upload++)
                    {
                        carrier.Upload = upload;
                        ok = await recorder.TimeAsync(step.ToString(), () => run(step, carrier));
                    }

                    if (!ok)
                    {
                        break;
                    }

                    if (step == LifecycleStep.Create)
                    {
                        bag.Add(carrier.Id);
                    }
                }
            }
        }));
        recorder.Elapsed = phase.Elapsed;
        return recorder;
    }

    async Task<Recorder> ReadPhaseAsync(TimeSpan duration)
    {
        var recorder = new Recorder();
        var phase = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(async vu =>
        {
            var random = new Random(1000 + vu);
            for (var i = vu; phase.Elapsed < duration; i++)
            {
                var op = reads[i % reads.Length];
                await recorder.TimeAsync(op, () => op switch
                {
                    "worklist-open" => client.GetAsync(sessions["commission"], "/api/referrals/worklist?open=true"),
                    "worklist-all" => client.GetAsync(sessions["commission"], "/api/referrals/worklist"),
                    "search-iin" => client.SearchIinAsync(sessions["commission"], regionIins[random.Next(regionIins.Count)]),
                    "referral-page" => client.GetAsync(sessions["commission"], $"/api/referrals/{regionCases[random.Next(regionCases.Count)]}"),
                    _ => client.GetAsync(sessions["patient"], "/api/cabinet"),
                });
            }
        }));
        recorder.Elapsed = phase.Elapsed;
        return recorder;
    }

    // Warm-up: JIT, connection pools and caches of all three, not measured.
    foreach (var (name, run, assignsId) in systems)
    {
        var warm = new Carrier { Id = assignsId ? Guid.NewGuid() : Guid.Empty, PatientId = patients[0].Item1, Iin = patients[0].Item2 };
        foreach (var step in Enum.GetValues<LifecycleStep>())
        {
            for (warm.Upload = 0; warm.Upload < (step == LifecycleStep.Upload ? 4 : 1); warm.Upload++)
            {
                if (!await run(step, warm))
                {
                    throw new InvalidOperationException($"Warm-up of {name} failed at {step}.");
                }
            }
        }

        created.GetOrAdd(name, _ => []).Add(warm.Id);
    }

    // Warm-up under load, not measured: .NET's tiered JIT recompiles hot methods (tier 0, then instrumented, then
    // optimized) only after many calls, and on two loaded cores that takes tens of seconds; the rounds measure the
    // steady state a server reaches after its first minute, for every system alike.
    if (options.Warmup > TimeSpan.Zero)
    {
        foreach (var (name, run, assignsId) in systems)
        {
            await LifecyclePhaseAsync(name, run, assignsId, options.Warmup);
        }

        await ReadPhaseAsync(options.Warmup);
        Console.Error.WriteLine($"Warmed up: {options.Warmup.TotalSeconds:0} s a system.");
    }

    for (var round = 1; round <= options.Rounds; round++)
    {
        // Rotate the order each round, so no system always runs first (or right after the reads).
        foreach (var (name, run, assignsId) in systems.Skip(round - 1).Concat(systems.Take(round - 1)))
        {
            var cpu = probe.CpuSeconds();
            var recorder = await LifecyclePhaseAsync(name, run, assignsId, options.Phase);
            results.Add((round, name, recorder, (probe.CpuSeconds() - cpu) / recorder.Elapsed.TotalSeconds));
            Console.Error.WriteLine($"round {round} {name}: {string.Join(", ", recorder.Figures(steps).Select(f => $"{f.Step} {f.PerSecond:0.0}/s"))}");
        }

        var before = probe.CpuSeconds();
        var readRecorder = await ReadPhaseAsync(options.Phase);
        results.Add((round, "reads", readRecorder, (probe.CpuSeconds() - before) / readRecorder.Elapsed.TotalSeconds));
        Console.Error.WriteLine($"round {round} reads: {string.Join(", ", readRecorder.Figures(reads).Select(f => $"{f.Step} p99 {f.P99:0.0} ms"))}");
    }

    // The annual report (§42) for the demo region, last full year, as the regional analyst: three times, the median.
    var year = hospitalization.Year - 1;
    var reportTimes = new List<double>();
    for (var i = 0; i < 3; i++)
    {
        var watch = Stopwatch.StartNew();
        if (!await client.GetAsync(sessions["analyst"], $"/api/referrals/reports/annual?year={year}"))
        {
            throw new InvalidOperationException("The annual report failed.");
        }

        reportTimes.Add(watch.Elapsed.TotalMilliseconds);
    }

    await watching.CancelAsync();
    await watcher;
    probe.Sample();

    // Every created case present afterwards.
    var counts = new Dictionary<string, (int Created, long Found)>(StringComparer.Ordinal);
    foreach (var (system, bag) in created)
    {
        var ids = bag.ToArray();
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM referral_cases WHERE \"Id\" = ANY($1)", db) { Parameters = { new() { Value = ids } } };
        counts[system] = (ids.Length, (long)(await count.ExecuteScalarAsync())!);
    }

    var report = Report.Build(options, casesInDb, results, steps, reads, probe.PeakRssBytes, reportTimes, year, counts, total.Elapsed);
    if (options.Explain)
    {
        report += await Explain.RunAsync(connection, world, regionIins[0], year);
    }

    Console.WriteLine(report);
    if (options.Out is { } path)
    {
        await File.WriteAllTextAsync(path, report, Encoding.UTF8);
    }

    return Report.Failed ? 1 : 0;
}
finally
{
    Stop(minimal);
    Stop(joldama);
    File.Delete(sms);
}

static async Task EnsureDatabaseAsync(BenchOptions options)
{
    await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.Server) { Database = "postgres" }.ConnectionString);
    await server.OpenAsync();
    await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", server) { Parameters = { new() { Value = options.Database } } };
    if (await exists.ExecuteScalarAsync() is null)
    {
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{options.Database}\"", server);
        await create.ExecuteNonQueryAsync();
    }
}

static async Task<T> ScalarAsync<T>(string connection, string sql)
{
    await using var db = new NpgsqlConnection(connection);
    await db.OpenAsync();
    await using var command = new NpgsqlCommand(sql, db);
    return (T)(await command.ExecuteScalarAsync())!;
}

static async Task<List<T>> ListAsync<T>(string connection, string sql, Func<NpgsqlDataReader, T> read)
{
    await using var db = new NpgsqlConnection(connection);
    await db.OpenAsync();
    await using var command = new NpgsqlCommand(sql, db);
    await using var reader = await command.ExecuteReaderAsync();
    var list = new List<T>();
    while (await reader.ReadAsync())
    {
        list.Add(read(reader));
    }

    return list;
}

// The demo users of the first region: the clinic, the commission's department, the provider.
static async Task<BaselineWorld> WorldAsync(string connection)
{
    var users = await ListAsync(connection, "SELECT \"Login\", \"Id\", \"OrganizationId\" FROM user_accounts WHERE \"Login\" IN ('clinician', 'commission', 'admission')",
        r => (Login: r.GetString(0), Id: r.GetGuid(1), Organization: r.GetGuid(2)));
    (Guid Id, Guid Organization) Of(string login) => users.Where(u => u.Login == login).Select(u => (u.Id, u.Organization)).Single();
    var region = await ScalarAsync<string>(connection, $"SELECT \"RegionCode\" FROM organizations WHERE \"Id\" = '{Of("clinician").Organization}'");
    return new BaselineWorld(Of("clinician").Organization, Of("admission").Organization, Of("commission").Organization, region, JoldamaClient.Code,
        Of("clinician").Id, Of("commission").Id, Of("admission").Id);
}

/// <summary>The case a virtual user carries through one lifecycle.</summary>
internal sealed class Carrier
{
    public Guid Id { get; set; }

    public Guid PatientId { get; init; }

    public required string Iin { get; init; }

    public int Upload { get; set; }
}
