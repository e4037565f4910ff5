using System.Net;
using Joldama.Data;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Joldama.Web.Tests;

public sealed class HealthTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Live_Sqlite_Returns200()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_Sqlite_Returns200AndFileWhereConfigured()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(fixture.App.SqlitePath), $"the app did not use Database:SqlitePath {fixture.App.SqlitePath}");
    }
}

[Trait("Category", "Postgres")]
public sealed class PostgresHealthTests
{
    [PostgresFact]
    public async Task Ready_Postgres_Returns200()
    {
        await using var app = await JoldamaAppFactory.PostgresAsync();
        using var client = app.CreateClient();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [PostgresFact]
    public async Task Ready_PostgresPortClosedAfterStart_Returns503WhileLiveStays200()
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostgres.RequireServer());
        await using var database = await TestDatabase.CreatePostgresAsync();
        await using var forwarder = new TcpForwarder(server.Host!, server.Port);
        var throughForwarder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = forwarder.Port, Timeout = 3 }.ConnectionString;
        await using var app = JoldamaAppFactory.WithConnectionString(DatabaseProvider.Postgres, throughForwarder);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        await forwarder.CloseAsync(); // the port the app talks to is closed now

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    [PostgresFact]
    public async Task Ready_PostgresPortOpensAfterStart_BecomesReady()
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostgres.RequireServer());
        await using var database = await TestDatabase.CreatePostgresAsync();
        var port = TcpForwarder.ClosedPort();
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = port, Timeout = 3 }.ConnectionString;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
        await using var app = JoldamaAppFactory.WithConnectionString(DatabaseProvider.Postgres, connectionString, clock);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        await using var forwarder = new TcpForwarder(server.Host!, server.Port, port); // the database answers now

        var ready = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 40 && ready != HttpStatusCode.OK; attempt++)
        {
            clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            ready = (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, ready);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.LoadedLawFiles.ToListAsync());
    }

    [Fact]
    public async Task Ready_PostgresPortClosedAtStart_Returns503WhileLiveStays200()
    {
        var closed = $"Host=127.0.0.1;Port={TcpForwarder.ClosedPort()};Database=joldama_unreachable;Username=postgres;Password=unused;Timeout=3";
        await using var app = JoldamaAppFactory.WithConnectionString(DatabaseProvider.Postgres, closed);
        using var client = app.CreateClient();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
