using System.Globalization;
using Joldama.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Joldama.Testing;

/// <summary>
/// A fresh database that disappears with this object: a SQLite file in its own temp folder, or
/// <c>joldama_test_&lt;guid&gt;</c> on the test PostgreSQL server (dropped with FORCE).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresName;
    private readonly string? _ownedFolder;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, string? postgresName, string? ownedFolder = null)
    {
        _ownedFolder = ownedFolder;
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

    /// <param name="folder">Where the SQLite file goes; null: a temp folder of its own, deleted with this object.</param>
    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider, string? folder = null) => provider switch
    {
        DatabaseProvider.Sqlite => Task.FromResult(CreateSqlite(folder)),
        DatabaseProvider.Postgres => CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };

    public static TestDatabase CreateSqlite(string? folder = null)
    {
        var owned = folder is null ? Path.Combine(Path.GetTempPath(), "joldama-tests", Guid.NewGuid().ToString("N")) : null;
        var path = Path.Combine(folder ?? owned!, "db", "joldama.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, path, null, owned);
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
            if (_ownedFolder is not null)
            {
                try
                {
                    Directory.Delete(_ownedFolder, recursive: true);
                }
                catch (IOException)
                {
                    // A file still open elsewhere: the temp folder is cleaned by the OS eventually.
                }
            }
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
