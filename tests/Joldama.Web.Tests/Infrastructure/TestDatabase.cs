using System.Globalization;
using Joldama.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Joldama.Web.Tests.Infrastructure;

/// <summary>
/// A fresh database that disappears with this object: a SQLite file in its own temp folder, or
/// <c>joldama_test_&lt;guid&gt;</c> on the test PostgreSQL server (dropped with FORCE).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>For PostgreSQL the Npgsql connection string; for SQLite "Data Source=&lt;SqlitePath&gt;".</summary>
    public string ConnectionString { get; }

    /// <summary>The SQLite file (not created yet: the web host creates it when it migrates).</summary>
    public string? SqlitePath { get; }

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider, string folder) => provider switch
    {
        DatabaseProvider.Sqlite => Task.FromResult(CreateSqlite(folder)),
        DatabaseProvider.Postgres => CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };

    public static TestDatabase CreateSqlite(string folder)
    {
        var path = Path.Combine(folder, "db", "joldama.db");
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={path}", path, null);
    }

    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = TestPostgres.RequireServer();
        var name = "joldama_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, null, name);
    }

    public JoldamaDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<JoldamaDbContext>();
        DataServiceCollectionExtensions.Configure(builder, Provider, ConnectionString);
        return new JoldamaDbContext(builder.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (SqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestPostgres.RequireServer());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)"), connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
