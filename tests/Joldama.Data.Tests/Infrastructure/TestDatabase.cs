using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Joldama.Data.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database that disappears with this object: a SQLite file in its own temp folder,
/// or <c>joldama_test_&lt;guid&gt;</c> on the test PostgreSQL server (dropped with FORCE).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFolder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Task.FromResult(CreateSqlite()),
        DatabaseProvider.Postgres => CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };

    public static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "joldama-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "joldama.db"), Pooling = false }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, folder, null);
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

    /// <summary>A context on this database with the provider's migrations assembly, as the web host builds it.</summary>
    public JoldamaDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<JoldamaDbContext>();
        DataServiceCollectionExtensions.Configure(builder, Provider, ConnectionString);
        return new JoldamaDbContext(builder.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere: the temp folder is cleaned by the OS eventually.
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
