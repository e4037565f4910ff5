using Microsoft.Data.Sqlite;
using Npgsql;

namespace Joldama.Data;

/// <summary>
/// Tells a database that cannot serve now (down, restarting, unreachable, read-only, out of disk) from a bug or a
/// refused write: the first is answered 503 and tried again later, and must never be taken for a conflict.
/// EF Core wraps the driver's exception (DbUpdateException; InvalidOperationException from the execution strategy
/// "likely due to a transient failure"), so the whole chain is looked at.
/// </summary>
public static class DatabaseFaults
{
    /// <summary>Whether <paramref name="exception"/> or one of its inner exceptions says the database cannot serve now.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e switch
            {
                PostgresException postgres => IsUnavailableState(postgres.SqlState),
                // Not a server message: the socket failed (refused, reset, closed mid-read) or timed out.
                NpgsqlException npgsql => npgsql.IsTransient,
                SqliteException sqlite => IsUnavailableSqlite(sqlite.SqliteErrorCode),
                _ => false,
            })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the connection itself was lost (the server shut down, crashed or was unreachable), rather than the
    /// server refusing one statement (read-only, disk full): then pooled connections to it are dead too.
    /// </summary>
    public static bool IsConnectionLost(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres)
            {
                return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
            }

            if (e is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After a lost connection, drops this process's idle pooled connections: after a restart of PostgreSQL every one of
    /// them is dead, and without this each would fail one more request before the pool notices.
    /// </summary>
    public static void ForgetPooledConnectionsAfter(Exception? exception)
    {
        if (IsConnectionLost(exception))
        {
            NpgsqlConnection.ClearAllPools();
        }
    }

    /// <summary>
    /// SQLSTATE classes 08 (connection exception), 53 (insufficient resources: 53100 disk full, 53300 too many
    /// connections), 58 (system error: I/O), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect now) and
    /// 25006 (read-only transaction: a standby, or default_transaction_read_only turned on).
    /// </summary>
    public static bool IsUnavailableState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState.StartsWith("58", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
        || sqlState == PostgresErrorCodes.ReadOnlySqlTransaction;

    /// <summary>SQLITE_BUSY (5), SQLITE_LOCKED (6), SQLITE_READONLY (8), SQLITE_IOERR (10), SQLITE_FULL (13), SQLITE_CANTOPEN (14); extended codes keep the primary code in the low byte.</summary>
    public static bool IsUnavailableSqlite(int errorCode) => (errorCode & 0xFF) is 5 or 6 or 8 or 10 or 13 or 14;
}
