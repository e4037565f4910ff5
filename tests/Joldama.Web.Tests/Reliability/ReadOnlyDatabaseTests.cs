using System.Net;
using Joldama.Application.Access;
using Joldama.Data;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;
using Joldama.Web.Tests.Referrals;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Joldama.Web.Tests.Reliability;

/// <summary>
/// Writes refused by a read-only PostgreSQL are 503 database.unavailable, whatever the write: three services caught any
/// DbUpdateException as a conflict of their own (an idempotency-key race, a patient registered meanwhile, a quota counter
/// changed meanwhile) and answered 500, 409 and 409. The database is this test's own (made read-only with ALTER DATABASE).
/// </summary>
[Trait("Category", "Postgres")]
public sealed class ReadOnlyDatabaseTests
{
    [PostgresFact]
    public async Task ReadOnlyDatabase_CreateWithKeyNewPatientQuotaDecision_503ThenSucceedWhenWritable()
    {
        await using var app = await DemoApp.StartAsync(DatabaseProvider.Postgres);
        var api = new ReferralApi(app);
        var clinician = await app.SessionAsync("clinician");
        var head = await app.SessionAsync("hospital-head");
        var patientId = await api.PatientIdAsync(clinician, DemoApp.PatientIin);
        string database;
        await using (var db = app.Db())
        {
            database = db.Database.GetDbConnection().Database;
        }

        var iin = Fresh.Iin();
        object NewPatient() => new { iin, lastName = "Тестов", firstName = "Арман", phone = "+7 701 555 00 11", language = "ru", insuranceStatus = "insured" };
        object Quota() => new { patientIin = DemoSeed.QuotaPatientIin, indication = "Коксартроз, показано эндопротезирование" };

        using var probe = app.Client();
        await SetReadOnlyAsync(database, true);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadyAsync(probe, HttpStatusCode.ServiceUnavailable)); // reads work, writes cannot: not ready
        HttpResponseMessage[] refused =
        [
            await api.OpenAsync(clinician, patientId, idempotencyKey: "read-only-1"),
            await app.PostJsonAsync(clinician, "/api/patients", NewPatient()),
            await app.PostJsonAsync(head, "/api/quotas/decisions", Quota()),
        ];
        Assert.True(refused.All(r => r.StatusCode == HttpStatusCode.ServiceUnavailable),
            "create with a key, new patient, quota decision answered " + string.Join(", ", refused.Select(r => (int)r.StatusCode)));
        foreach (var answer in refused)
        {
            await Problems.AssertProblemAsync(answer, HttpStatusCode.ServiceUnavailable, "database.unavailable");
            Assert.Equal(TimeSpan.FromSeconds(5), answer.Headers.RetryAfter?.Delta);
        }

        await SetReadOnlyAsync(database, false);
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(probe, HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.Created, (await api.OpenAsync(clinician, patientId, idempotencyKey: "read-only-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.PostJsonAsync(clinician, "/api/patients", NewPatient())).StatusCode);
        Assert.True((await app.PostJsonAsync(head, "/api/quotas/decisions", Quota())).IsSuccessStatusCode);
    }

    /// <summary>/health/ready until it answers <paramref name="expected"/> (the pool's first connections after the sessions were ended may fail once).</summary>
    private static async Task<HttpStatusCode> ReadyAsync(HttpClient probe, HttpStatusCode expected)
    {
        var status = HttpStatusCode.InternalServerError;
        for (var i = 0; i < 10 && status != expected; i++)
        {
            status = (await probe.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode;
        }

        return status;
    }

    /// <summary>New sessions of <paramref name="database"/> (only this test's) start read-only or not; its open ones are ended so the pool reconnects.</summary>
    private static async Task SetReadOnlyAsync(string database, bool readOnly)
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostgres.RequireServer()) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" SET default_transaction_read_only = {(readOnly ? "on" : "off")}", connection))
        {
            await alter.ExecuteNonQueryAsync();
        }

        await using var end = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name", connection);
        end.Parameters.AddWithValue("name", database);
        await end.ExecuteNonQueryAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @name", connection);
        count.Parameters.AddWithValue("name", database);
        for (var i = 0; i < 50 && (long)(await count.ExecuteScalarAsync())! > 0; i++)
        {
            await Task.Delay(100);
        }
    }
}
