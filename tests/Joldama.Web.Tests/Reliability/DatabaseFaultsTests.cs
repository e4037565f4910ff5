using Joldama.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Joldama.Web.Tests.Reliability;

/// <summary>
/// <see cref="DatabaseFaults"/> on exceptions the drivers really throw: a database that cannot serve (503) against a
/// statement the database refused on its merits (a unique key: a conflict, or a bug), which must stay what it was.
/// </summary>
public sealed class DatabaseFaultsTests
{
    [Fact]
    public async Task Sqlite_ReadOnlyIsUnavailable_UniqueViolationIsNot()
    {
        var folder = Directory.CreateTempSubdirectory("joldama-faults-").FullName;
        try
        {
            var path = Path.Combine(folder, "f.db");
            await using (var create = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await create.OpenAsync();
                await Execute(create, "CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);");
                var duplicate = await Assert.ThrowsAsync<SqliteException>(() => Execute(create, "INSERT INTO t VALUES (1)"));
                Assert.False(DatabaseFaults.IsUnavailable(duplicate));
            }

            await using var readOnly = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            await readOnly.OpenAsync();
            var refused = await Assert.ThrowsAsync<SqliteException>(() => Execute(readOnly, "INSERT INTO t VALUES (2)"));
            Assert.True(DatabaseFaults.IsUnavailable(new InvalidOperationException("wrapped", refused)));
            Assert.False(DatabaseFaults.IsConnectionLost(refused));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Postgres_NothingListening_IsUnavailableAndConnectionLost()
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={FreePort.Next()};Username=postgres;Timeout=3;Pooling=False");
        var refused = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());

        Assert.True(DatabaseFaults.IsUnavailable(refused));
        Assert.True(DatabaseFaults.IsConnectionLost(refused));
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task Postgres_ReadOnlyTransactionIsUnavailable_UniqueViolationIsNot()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestPostgres.RequireServer()) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "CREATE TEMP TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1);");
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, "INSERT INTO t VALUES (1)"));
        Assert.False(DatabaseFaults.IsUnavailable(duplicate));

        await using var transaction = await connection.BeginTransactionAsync();
        await Execute(connection, "SET TRANSACTION READ ONLY");
        // (temporary tables stay writable in a read-only transaction; creating a table is refused before it happens)
        var readOnly = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, "CREATE TABLE joldama_read_only_probe (id int)"));
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, readOnly.SqlState);
        Assert.True(DatabaseFaults.IsUnavailable(readOnly));
        Assert.False(DatabaseFaults.IsConnectionLost(readOnly)); // the statement was refused; the connection is fine
    }

    private static async Task Execute(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
