using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Joldama.Application.Audit;
using Joldama.Data;
using Joldama.Data.Audit;
using Joldama.Domain.Audit;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Joldama.Web.Tests.Access;

/// <summary>
/// The audit log (issue 3): every read and write of patient data and every sign-in leaves a record
/// (who, what, whose IIN, outcome), the IIN searchable and shown masked; and on PostgreSQL the hash
/// chain detects an altered, deleted or inserted record, through the API and the CLI, and stays one
/// chain under concurrent appends.
/// </summary>
public sealed class AuditTrailTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const string MaskedPatientIin = "90******0017";

    private DemoApp App => fixture.App;

    [Fact]
    public async Task ReadPatientAccount_ReaderInReach_AllowedRecordWithIin()
    {
        var admin = await App.SessionAsync("admin");
        var patientId = await App.UserIdAsync("patient");
        var mark = await LastIdAsync(App);

        var user = await Problems.ReadJsonAsync(await App.GetAsync(admin, $"/api/users/{patientId}"));

        Assert.Equal(MaskedPatientIin, user.GetProperty("patientIinMasked").GetString());
        var record = Assert.Single(await RecordsAfterAsync(App, mark));
        AssertRecord(record, admin, "patient.read", "user", patientId.ToString(), DemoApp.PatientIin, AuditOutcome.Allowed);
    }

    [Fact]
    public async Task ChainJob_ChainsAnAppendedRecordByItself_WithinSeconds()
    {
        var admin = await App.SessionAsync("admin");
        var patientId = await App.UserIdAsync("patient");
        var mark = await LastIdAsync(App);
        using (await App.GetAsync(admin, $"/api/users/{patientId}"))
        {
        }

        // ADR 10: the request only inserted its record; the background job gives it its place in the chain on its next
        // pass, a second later on the app's clock.
        App.Clock.Advance(TimeSpan.FromSeconds(1));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var record = Assert.Single(await RecordsAfterAsync(App, mark));
        while (record.Sequence is null && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(100);
            record = Assert.Single(await RecordsAfterAsync(App, mark));
        }

        Assert.NotNull(record.Sequence);
        Assert.Equal(AuditChain.Hash(record.PreviousHash!, record.Sequence.Value, record.ToEntry()), record.Hash);
    }

    [Fact]
    public async Task ReadPatientAccount_ReaderOutOfReach_404AndDeniedRecordWithIin()
    {
        var foreign = await App.SessionAsync("territorial-head-2"); // pavlodar; the patient is in karaganda
        var patientId = await App.UserIdAsync("patient");
        var mark = await LastIdAsync(App);

        await Problems.AssertProblemAsync(await App.GetAsync(foreign, $"/api/users/{patientId}"), HttpStatusCode.NotFound, "user.not_found");

        var record = Assert.Single(await RecordsAfterAsync(App, mark));
        AssertRecord(record, foreign, "patient.read", "user", patientId.ToString(), DemoApp.PatientIin, AuditOutcome.Denied);
    }

    [Fact]
    public async Task ReadPatientAccount_ThePatientThemself_AllowedRecord()
    {
        var patient = await App.SessionAsync("patient");
        var mark = await LastIdAsync(App);

        await Problems.ReadJsonAsync(await App.GetAsync(patient, $"/api/users/{patient.UserId}"));

        var record = Assert.Single(await RecordsAfterAsync(App, mark));
        AssertRecord(record, patient, "patient.read", "user", patient.UserId.ToString(), DemoApp.PatientIin, AuditOutcome.Allowed);
    }

    [Fact]
    public async Task ReadStaffAccount_NoPatientData_NoRecord()
    {
        var admin = await App.SessionAsync("admin");
        var clinician = await App.UserIdAsync("clinician");
        var mark = await LastIdAsync(App);

        await Problems.ReadJsonAsync(await App.GetAsync(admin, $"/api/users/{clinician}"));

        Assert.Empty(await RecordsAfterAsync(App, mark));
    }

    [Fact]
    public async Task ListUsers_AnswerHoldsPatients_EachListedPatientRecorded()
    {
        var admin = await App.SessionAsync("admin");
        var mark = await LastIdAsync(App);

        var users = await Problems.ReadJsonAsync(await App.GetAsync(admin, "/api/users"));

        var patients = users.EnumerateArray().Where(u => u.GetProperty("role").GetString() == "Patient").Select(u => u.GetProperty("id").GetGuid().ToString()).ToList();
        Assert.True(patients.Count >= 2, users.ToString());
        var reads = (await RecordsAfterAsync(App, mark)).Where(r => r.Action == "patient.read").ToList();
        Assert.Equal(patients.Order(StringComparer.Ordinal), reads.Select(r => r.EntityId).Order(StringComparer.Ordinal));
        Assert.All(reads, r =>
        {
            Assert.Equal(admin.UserId, r.ActorUserId);
            Assert.Equal(AuditOutcome.Allowed, r.Outcome);
            Assert.Equal(12, r.PatientIin?.Length);
        });
    }

    [Fact]
    public async Task CreatePatientUser_RecordWithTheNewIin_MaskedInTheAnswer()
    {
        var admin = await App.SessionAsync("admin");
        var iin = Fresh.Iin();
        Guid polyclinic;
        await using (var db = App.Db())
        {
            polyclinic = await db.Users.Where(u => u.Login == "clinician").Select(u => u.OrganizationId).SingleAsync();
        }

        var mark = await LastIdAsync(App);

        var created = await Problems.ReadJsonAsync(
            await App.PostJsonAsync(admin, "/api/users", new
            {
                login = string.Create(CultureInfo.InvariantCulture, $"new-patient-{Fresh.Number()}"), displayName = "Жаңа пациент", organizationId = polyclinic, role = "Patient", patientIin = iin, phone = "+77015550011",
            }),
            HttpStatusCode.Created);

        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(iin[..2] + "******" + iin[8..], created.GetProperty("patientIinMasked").GetString());
        Assert.DoesNotContain(iin, created.ToString(), StringComparison.Ordinal);
        var record = Assert.Single(await RecordsAfterAsync(App, mark));
        AssertRecord(record, admin, "user.create", "user", id.ToString(), iin, AuditOutcome.Allowed);
    }

    [Fact]
    public async Task PatientCode_RequestWrongAndRightVerify_EachRecordedWithIin()
    {
        Guid patientId;
        await using (var db = App.Db())
        {
            patientId = await db.Users.Where(u => u.PatientIin == DemoApp.SecondPatientIin).Select(u => u.Id).SingleAsync();
        }

        var mark = await LastIdAsync(App);

        var code = await App.RequestCodeAsync(DemoApp.SecondPatientIin);
        using (var wrong = await App.PostJsonAsync(null, "/api/account/patient/verify", new { iin = DemoApp.SecondPatientIin, code = code == "000000" ? "000001" : "000000" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        using (var right = await App.PostJsonAsync(null, "/api/account/patient/verify", new { iin = DemoApp.SecondPatientIin, code }))
        {
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        }

        var records = await RecordsAfterAsync(App, mark);
        Assert.Equal(["auth.code.request", "auth.code.verify", "auth.code.verify"], records.Select(r => r.Action));
        Assert.Equal([AuditOutcome.Allowed, AuditOutcome.Denied, AuditOutcome.Allowed], records.Select(r => r.Outcome));
        Assert.All(records, r =>
        {
            Assert.Equal(DemoApp.SecondPatientIin, r.PatientIin);
            Assert.Equal(patientId, r.ActorUserId);
            Assert.Equal("Patient", r.ActorRole);
            Assert.Equal(patientId.ToString(), r.EntityId);
        });
    }

    [Fact]
    public async Task PatientCode_UnknownIin_DeniedRecordsWithThatIinAndNoActor()
    {
        var unknown = Fresh.Iin();
        var mark = await LastIdAsync(App);

        using (var request = await App.PostJsonAsync(null, "/api/account/patient/code", new { iin = unknown }))
        {
            Assert.Equal(HttpStatusCode.Accepted, request.StatusCode);
        }

        using (var verify = await App.PostJsonAsync(null, "/api/account/patient/verify", new { iin = unknown, code = "123456" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, verify.StatusCode);
        }

        var records = await RecordsAfterAsync(App, mark);
        Assert.Equal(["auth.code.request", "auth.code.verify"], records.Select(r => r.Action));
        Assert.All(records, r =>
        {
            Assert.Equal(AuditOutcome.Denied, r.Outcome);
            Assert.Equal(unknown, r.PatientIin);
            Assert.Null(r.ActorUserId);
            Assert.Equal("anonymous", r.ActorRole);
        });
    }

    [Fact]
    public async Task AuditorSearchByIin_RecordedWithIinAndAnswerMasked()
    {
        var admin = await App.SessionAsync("admin");
        using (await App.GetAsync(admin, $"/api/users/{await App.UserIdAsync("patient")}"))
        {
            // a patient read to be found
        }

        var auditor = await App.SessionAsync("auditor");
        var mark = await LastIdAsync(App);

        using var response = await App.PostJsonAsync(auditor, "/api/audit/search", new { iin = "9001 0130 0017" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(DemoApp.PatientIin, body, StringComparison.Ordinal);
        var found = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(found);
        Assert.Contains(found, r => r.GetProperty("action").GetString() == "patient.read" && r.GetProperty("login").GetString() == "admin");
        Assert.All(found, r => Assert.Equal(MaskedPatientIin, r.GetProperty("patientIinMasked").GetString()));
        var record = Assert.Single(await RecordsAfterAsync(App, mark));
        AssertRecord(record, auditor, "audit.search", "audit", "-", DemoApp.PatientIin, AuditOutcome.Allowed);

        // The next search finds the search itself.
        var again = await Problems.ReadJsonAsync(await App.PostJsonAsync(auditor, "/api/audit/search", new { iin = DemoApp.PatientIin }));
        Assert.Contains(again.EnumerateArray(), r => r.GetProperty("id").GetInt64() == record.Id && r.GetProperty("action").GetString() == "audit.search");
    }

    [Fact]
    public async Task AuditExport_PatientIinsMasked()
    {
        var admin = await App.SessionAsync("admin");
        using (await App.GetAsync(admin, $"/api/users/{await App.UserIdAsync("patient")}"))
        {
            // a patient read to be exported
        }

        var auditor = await App.SessionAsync("auditor");

        using var response = await App.GetAsync(auditor, "/api/audit/export?action=patient.read");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(MaskedPatientIin, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoApp.PatientIin, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FailedUnknownAndSuccessful_EachRecorded()
    {
        var analyst = await App.UserIdAsync("analyst");
        var mark = await LastIdAsync(App);

        using (await App.PostJsonAsync(null, "/api/account/signin", new { login = "analyst", password = "not the right password" }))
        using (await App.PostJsonAsync(null, "/api/account/signin", new { login = "Ghost-User", password = "not the right password" }))
        using (await App.PostJsonAsync(null, "/api/account/signin", new { login = "analyst", password = App.Password }))
        {
        }

        var records = await RecordsAfterAsync(App, mark);
        Assert.Equal(["auth.signin", "auth.signin", "auth.signin"], records.Select(r => r.Action));
        Assert.Equal([AuditOutcome.Denied, AuditOutcome.Denied, AuditOutcome.Allowed], records.Select(r => r.Outcome));
        Assert.Equal(new Guid?[] { analyst, null, analyst }, records.Select(r => r.ActorUserId));
        Assert.Equal(["analyst", "ghost-user", "analyst"], records.Select(r => r.ActorLogin));
        Assert.All(records, r => Assert.Null(r.PatientIin));
    }

    [Fact]
    public async Task SignIn_LockoutAndLockedAttempt_Recorded()
    {
        var mark = await LastIdAsync(App);
        for (var i = 0; i < App.SignIn.MaxFailedAttempts; i++)
        {
            using (await App.PostJsonAsync(null, "/api/account/signin", new { login = "abroad", password = "wrong password number " + i.ToString(CultureInfo.InvariantCulture) }))
            {
            }
        }

        using (await App.PostJsonAsync(null, "/api/account/signin", new { login = "abroad", password = App.Password }))
        {
        }

        var records = await RecordsAfterAsync(App, mark);
        Assert.Equal(App.SignIn.MaxFailedAttempts + 1, records.Count);
        Assert.Equal("auth.signin.lockout", records[^2].Action);
        Assert.Equal("auth.signin.locked", records[^1].Action);
        Assert.All(records, r => Assert.Equal(AuditOutcome.Denied, r.Outcome));
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task Chain_MixedWorkloadOnPostgres_IntactByApiAndCli()
    {
        await using var app = await DemoApp.StartAsync(DatabaseProvider.Postgres);
        await MixedWorkloadAsync(app);
        var auditor = await app.SessionAsync("auditor");
        // Verifying chains what is pending first: afterwards every record has its place and the head is the last.
        var api = await Problems.ReadJsonAsync(await app.PostJsonAsync(auditor, "/api/audit/verify", new { }));
        long count;
        await using (var db = app.Db())
        {
            count = await db.AuditRecords.LongCountAsync();
            Assert.Equal(0, await db.AuditRecords.CountAsync(r => r.Sequence == null));
            Assert.Equal(count, (await db.AuditHeads.SingleAsync()).LastSequence);
        }

        var cli = await CliAuditVerifyAsync(app.Factory.ConnectionString!);

        Assert.True(count >= 12, $"only {count} records");
        Assert.True(api.GetProperty("isIntact").GetBoolean(), api.ToString());
        Assert.Equal(count, api.GetProperty("verifiedRecords").GetInt64());
        Assert.True(cli.Exit == CliRunner.Success, cli.ToString());
        Assert.True(cli.Json().GetProperty("isIntact").GetBoolean(), cli.ToString());
        Assert.Equal(count, cli.Json().GetProperty("verifiedRecords").GetInt64());
    }

    [Theory]
    [Trait("Category", "Postgres")]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Chain_ActionUpdatedBySql_BrokenAlteredAtThatRecord(DatabaseProvider provider)
    {
        await AssertTamperDetectedAsync(provider, async (connection, last) =>
        {
            var k = last / 2;
            Assert.Equal(1, await ExecuteAsync(connection, "UPDATE audit_records SET \"Action\" = 'tampered.action' WHERE \"Sequence\" = @k", ("k", k)));
            return (k, AuditBreak.Altered);
        });
    }

    [Theory]
    [Trait("Category", "Postgres")]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Chain_OutcomeUpdatedBySql_BrokenAlteredAtThatRecord(DatabaseProvider provider)
    {
        await AssertTamperDetectedAsync(provider, async (connection, last) =>
        {
            var denied = (long)(await ScalarAsync(connection, "SELECT min(\"Sequence\") FROM audit_records WHERE \"Outcome\" = 'Denied'"))!;
            Assert.Equal(1, await ExecuteAsync(connection, "UPDATE audit_records SET \"Outcome\" = 'Allowed' WHERE \"Sequence\" = @k", ("k", denied)));
            return (denied, AuditBreak.Altered);
        });
    }

    [Theory]
    [Trait("Category", "Postgres")]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Chain_MiddleRecordDeletedBySql_BrokenDeletedAtThatSequence(DatabaseProvider provider)
    {
        await AssertTamperDetectedAsync(provider, async (connection, last) =>
        {
            var k = last / 2;
            Assert.Equal(1, await ExecuteAsync(connection, "DELETE FROM audit_records WHERE \"Sequence\" = @k", ("k", k)));
            return (k, AuditBreak.Deleted);
        });
    }

    [Theory]
    [Trait("Category", "Postgres")]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Chain_LastRecordDeletedBySql_BrokenDeletedAtTheLastSequence(DatabaseProvider provider)
    {
        await AssertTamperDetectedAsync(provider, async (connection, last) =>
        {
            Assert.Equal(1, await ExecuteAsync(connection, "DELETE FROM audit_records WHERE \"Sequence\" = @k", ("k", last)));
            return (last, AuditBreak.Deleted);
        });
    }

    [Theory]
    [Trait("Category", "Postgres")]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Chain_ForgedRecordInsertedBySql_BrokenInsertedAtIt(DatabaseProvider provider)
    {
        await AssertTamperDetectedAsync(provider, async (connection, last) =>
        {
            await InsertForgedAsync(connection, last + 1, previousHash: new string('a', 64), hash: new string('b', 64), DemoApp.Start);
            return (last + 1, AuditBreak.Inserted);
        });
    }

    [Theory]
    [Trait("Category", "Postgres")]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Chain_ForgedRecordChainedCorrectlyInsertedBySql_BrokenInsertedAtIt(DatabaseProvider provider)
    {
        // The forger knows the (public) hash rule and links the record to the last one: only the head row tells.
        await AssertTamperDetectedAsync(provider, async (connection, last) =>
        {
            var previous = (string)(await ScalarAsync(connection, "SELECT \"Hash\" FROM audit_records WHERE \"Sequence\" = @k", ("k", last)))!;
            var at = new DateTimeOffset(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);
            var entry = Forged(at);
            await InsertForgedAsync(connection, last + 1, previous, AuditChain.Hash(previous, last + 1, entry), at);
            return (last + 1, AuditBreak.Inserted);
        });
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task Append_EightTasksTimesTwentyFiveAtOnceOnPostgres_OneGaplessIntactChain()
    {
        await using var app = await JoldamaAppFactory.PostgresAsync();
        _ = app.Server;
        using var start = new Barrier(8);

        var tasks = Enumerable.Range(0, 8).Select(task => Task.Run(async () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 25; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
                await audit.AppendAsync(
                    new AuditActor(Guid.NewGuid(), "writer-" + task.ToString(CultureInfo.InvariantCulture), "SystemAdministrator", null, "127.0.0.1"),
                    "test.concurrent", "test", string.Create(CultureInfo.InvariantCulture, $"{task}/{i}"), i % 2 == 0 ? DemoApp.PatientIin : null, AuditOutcome.Allowed);
            }
        })).ToArray();
        await Task.WhenAll(tasks);

        // Appends took no lock and left the records unchained; verifying chains them, in one gapless chain.
        await using var verifyScope = app.Services.CreateAsyncScope();
        var verification = await verifyScope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync();
        await using var db = app.CreateDbContext();
        var sequences = await db.AuditRecords.OrderBy(r => r.Sequence).Select(r => r.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long?)i), sequences);
        Assert.Equal(200, await db.AuditRecords.Select(r => r.EntityId).Distinct().CountAsync());
        Assert.Equal(200, (await db.AuditHeads.SingleAsync()).LastSequence);
        Assert.Equal(AuditVerification.Intact(200), verification);
    }

    /// <summary>Runs a mixed workload on a fresh PostgreSQL demo app, tampers, and asks the API and the CLI.</summary>
    private static async Task AssertTamperDetectedAsync(DatabaseProvider provider, Func<NpgsqlConnection, long, Task<(long Sequence, AuditBreak Kind)>> tamper)
    {
        Assert.Equal(DatabaseProvider.Postgres, provider);
        await using var app = await DemoApp.StartAsync(provider);
        await MixedWorkloadAsync(app);
        var auditor = await app.SessionAsync("auditor"); // before tampering: signing in appends
        var intact = await Problems.ReadJsonAsync(await app.PostJsonAsync(auditor, "/api/audit/verify", new { }));
        Assert.True(intact.GetProperty("isIntact").GetBoolean(), $"before tampering: {intact}");
        var last = await LastChainedAsync(app);

        (long Sequence, AuditBreak Kind) expected;
        await using (var connection = new NpgsqlConnection(app.Factory.ConnectionString))
        {
            await connection.OpenAsync();
            expected = await tamper(connection, last);
        }

        var api = await Problems.ReadJsonAsync(await app.PostJsonAsync(auditor, "/api/audit/verify", new { }));
        var cli = await CliAuditVerifyAsync(app.Factory.ConnectionString!);

        Assert.False(api.GetProperty("isIntact").GetBoolean(), api.ToString());
        Assert.Equal((expected.Sequence, expected.Kind.ToString()), (api.GetProperty("brokenAtSequence").GetInt64(), api.GetProperty("break").GetString()));
        Assert.Equal(expected.Sequence - 1, api.GetProperty("verifiedRecords").GetInt64());
        Assert.True(cli.Exit == CliRunner.Failure, cli.ToString());
        var json = JsonDocument.Parse(cli.Output).RootElement;
        Assert.False(json.GetProperty("isIntact").GetBoolean(), cli.ToString());
        Assert.Equal((expected.Sequence, expected.Kind.ToString()), (json.GetProperty("brokenAtSequence").GetInt64(), json.GetProperty("break").GetString()));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"broken at record {expected.Sequence}: {expected.Kind}"), cli.Error, StringComparison.Ordinal);
    }

    /// <summary>Sign-ins (wrong, unknown, right), patient reads (in and out of reach), a patient created, an SMS code, an IIN search, an import.</summary>
    private static async Task MixedWorkloadAsync(DemoApp app)
    {
        using (await app.PostJsonAsync(null, "/api/account/signin", new { login = "analyst", password = "wrong password here" }))
        using (await app.PostJsonAsync(null, "/api/account/signin", new { login = "nobody-here", password = "wrong password here" }))
        {
        }

        var admin = await app.SessionAsync("admin");
        var patientId = await app.UserIdAsync("patient");
        await Expect(HttpStatusCode.OK, app.GetAsync(admin, $"/api/users/{patientId}"));
        await Expect(HttpStatusCode.NotFound, app.GetAsync(await app.SessionAsync("territorial-head-2"), $"/api/users/{patientId}"));
        await Expect(HttpStatusCode.Created, app.PostJsonAsync(admin, "/api/organizations", new
        {
            bin = Fresh.Bin(), nameKk = "Жұмыс ұйымы", nameRu = "Организация нагрузки", region = "astana", kind = "HtmcProvider", level = "Republican",
        }));
        var (organization, _) = await app.HomeOfAsync("clinician");
        var iin = Fresh.Iin();
        await Expect(HttpStatusCode.Created, app.PostJsonAsync(admin, "/api/users", new
        {
            login = "workload-" + iin, displayName = "Пациент", organizationId = organization, role = "Patient", patientIin = iin, phone = "+77015550022",
        }));
        var patient = await app.SessionAsync("patient-2");
        await Expect(HttpStatusCode.OK, app.GetAsync(patient, $"/api/users/{patient.UserId}"));
        using (await app.PostJsonAsync(null, "/api/account/patient/verify", new { iin = DemoApp.PatientIin, code = "999999" }))
        {
        }

        await Expect(HttpStatusCode.OK, app.PostJsonAsync(await app.SessionAsync("auditor"), "/api/audit/search", new { iin = DemoApp.PatientIin }));
        await Expect(HttpStatusCode.OK, app.SendAsync(admin, HttpMethod.Post, "/api/organizations/import", new StringContent(
            $"bin,name_kk,name_ru,region,kind,level\n{Fresh.Bin()},Импорт,Импорт,astana,HtmcProvider,Republican\n", Encoding.UTF8, "text/csv")));
    }

    private static async Task Expect(HttpStatusCode status, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary><c>joldama audit verify</c> as a process (the CLI in the test output), with the database in its environment.</summary>
    private static async Task<CliResult> CliAuditVerifyAsync(string connectionString)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "joldama.dll"));
        start.ArgumentList.Add("audit");
        start.ArgumentList.Add("verify");
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["Database__ConnectionString"] = connectionString;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliResult(process.ExitCode, await output, await error);
    }

    private static AuditEntry Forged(DateTimeOffset at) =>
        new(at, null, "admin", "SystemAdministrator", null, "organization.create", "organization", Guid.Empty.ToString(), null, "10.0.0.1", AuditOutcome.Allowed);

    private static async Task InsertForgedAsync(NpgsqlConnection connection, long sequence, string previousHash, string hash, DateTimeOffset at)
    {
        var entry = Forged(at);
        Assert.Equal(1, await ExecuteAsync(
            connection,
            "INSERT INTO audit_records (\"Sequence\", \"At\", \"ActorUserId\", \"ActorLogin\", \"ActorRole\", \"ActorOrganizationId\", \"Action\", \"EntityType\", \"EntityId\", "
            + "\"PatientIin\", \"RemoteAddress\", \"Outcome\", \"PreviousHash\", \"Hash\") "
            + "VALUES (@sequence, @at, NULL, @login, @role, NULL, @action, @entity, @entityId, NULL, @remote, 'Allowed', @previous, @hash)",
            ("sequence", sequence), ("at", at), ("login", entry.ActorLogin), ("role", entry.ActorRole), ("action", entry.Action), ("entity", entry.EntityType),
            ("entityId", entry.EntityId), ("remote", entry.RemoteAddress), ("previous", previousHash), ("hash", hash)));
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }

    private static void AssertRecord(AuditRecord record, Session actor, string action, string entity, string entityId, string? iin, AuditOutcome outcome)
    {
        Assert.Equal(action, record.Action);
        Assert.Equal(entity, record.EntityType);
        Assert.Equal(entityId, record.EntityId);
        Assert.Equal(iin, record.PatientIin);
        Assert.Equal(outcome, record.Outcome);
        Assert.Equal(actor.UserId, record.ActorUserId);
        Assert.Equal(actor.Login, record.ActorLogin);
        Assert.Equal(actor.Role.ToString(), record.ActorRole);
        Assert.Equal(actor.OrganizationId, record.ActorOrganizationId);
        Assert.False(string.IsNullOrEmpty(record.RemoteAddress));
    }

    private static async Task<long> LastIdAsync(DemoApp app)
    {
        await using var db = app.Db();
        return await db.AuditRecords.MaxAsync(r => (long?)r.Id) ?? 0;
    }

    private static async Task<long> LastChainedAsync(DemoApp app)
    {
        await using var db = app.Db();
        return await db.AuditRecords.MaxAsync(r => r.Sequence) ?? 0;
    }

    private static async Task<List<AuditRecord>> RecordsAfterAsync(DemoApp app, long id)
    {
        await using var db = app.Db();
        return await db.AuditRecords.AsNoTracking().Where(r => r.Id > id).OrderBy(r => r.Id).ToListAsync();
    }
}
