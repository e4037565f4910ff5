using System.Diagnostics;
using System.Globalization;
using Joldama.Testing;
using Npgsql;

namespace Joldama.E2E.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one test's own (initdb into a temp folder, trust authentication, loopback, a free port,
/// fsync off), so that the test may stop it, crash it, make it read-only or fill its disk without touching anyone
/// else's server. As root the PostgreSQL tools run as the postgres user (they refuse root), as ./test.sh does.
/// Stopped and removed on dispose, its tmpfs (if any) unmounted.
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    public const string Database = "joldama";

    private readonly string _root;
    private string? _tmpfs;

    private ThrowawayPostgres(string root, int port)
    {
        _root = root;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_root, "data");

    private string ServerLog => Path.Combine(_root, "postgres.log");

    /// <summary>Why these tests cannot run here, or null: no PostgreSQL binaries, or root without a postgres user.</summary>
    public static string? SkipReason =>
        BinDirectory is null ? "No PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)."
        : IsRoot && !File.ReadAllText("/etc/passwd").Contains("\npostgres:", StringComparison.Ordinal) ? "Running as root without a 'postgres' system user to run PostgreSQL as."
        : null;

    /// <summary>Why a tmpfs cannot be mounted here (disk-full tests), or null.</summary>
    public static string? MountSkipReason => IsRoot ? null : "Mounting a small tmpfs for the disk-full test needs root; this run is not root.";

    private static bool IsRoot => Environment.UserName == "root";

    private static string? BinDirectory { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.EnumerateDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault()
        : null;

    /// <summary>The server's own connection string to <paramref name="database"/> (no pooling: the test's admin commands are few).</summary>
    public string ConnectionString(string database = Database, bool pooling = false) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = pooling, Timeout = 5, CommandTimeout = 10,
    }.ConnectionString;

    /// <summary>initdb and start; the database <see cref="Database"/> is not created yet (see <see cref="CreateDatabaseAsync"/>).</summary>
    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("joldama-pg-").FullName;
        var cluster = new ThrowawayPostgres(root, FreePort.Next());
        try
        {
            Directory.CreateDirectory(cluster.DataDirectory);
            await cluster.ChownAsync(root);
            await cluster.RunAsync("initdb", $"-D {cluster.DataDirectory} --auth=trust --username=postgres --encoding=UTF8 --no-locale --no-sync");
            await File.AppendAllTextAsync(Path.Combine(cluster.DataDirectory, "postgresql.conf"), string.Create(CultureInfo.InvariantCulture, $"""

                # joldama fault test: throw-away cluster
                listen_addresses = '127.0.0.1'
                port = {cluster.Port}
                unix_socket_directories = '{root}'
                fsync = off
                full_page_writes = off
                max_connections = 60
                """));
            await cluster.StartAgainAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates <see cref="Database"/>, in <paramref name="tablespace"/> when given.</summary>
    public async Task CreateDatabaseAsync(string? tablespace = null)
    {
        await ExecuteAsync($"CREATE DATABASE {Database}" + (tablespace is null ? string.Empty : $" TABLESPACE {tablespace}"));
    }

    /// <summary>Runs SQL on the maintenance database <c>postgres</c>.</summary>
    public async Task ExecuteAsync(string sql)
    {
        // Its own session stays writable whatever the test did to the server's default.
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Options = "-c default_transaction_read_only=off" };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary><c>pg_ctl stop -m fast|immediate</c>: fast rolls back and disconnects every session; immediate is a crash (recovery from WAL at the next start).</summary>
    public Task StopAsync(string mode) => RunAsync("pg_ctl", $"-D {DataDirectory} -m {mode} -w -t 60 stop");

    public Task StartAgainAsync() => RunAsync("pg_ctl", $"-D {DataDirectory} -l {ServerLog} -w -t 60 start");

    /// <summary>
    /// A tmpfs of <paramref name="megabytes"/> MB owned by postgres, made tablespace <paramref name="name"/>; root only
    /// (see <see cref="MountSkipReason"/>). Returns the mount point.
    /// </summary>
    public async Task<string> SmallTablespaceAsync(string name, int megabytes)
    {
        var mount = Directory.CreateDirectory(Path.Combine(_root, "small")).FullName;
        await ToolAsync("mount", $"-t tmpfs -o size={megabytes}m,mode=0700 tmpfs {mount}");
        _tmpfs = mount;
        var space = Directory.CreateDirectory(Path.Combine(mount, "space")).FullName;
        await ChownAsync(mount);
        await ExecuteAsync($"CREATE TABLESPACE {name} LOCATION '{space}'");
        return mount;
    }

    /// <summary>The server's log (for a failure's message).</summary>
    public string LogTail() => File.Exists(ServerLog) ? string.Join('\n', File.ReadLines(ServerLog).TakeLast(30)) : "(no server log)";

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                await StopAsync("immediate");
            }
            catch (InvalidOperationException)
            {
                // Already stopped.
            }
        }

        if (_tmpfs is not null)
        {
            await ToolAsync("umount", $"-l {_tmpfs}");
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task ChownAsync(string path) => IsRoot ? ToolAsync("chown", $"-R postgres: {path}") : Task.CompletedTask;

    /// <summary>A PostgreSQL tool of <see cref="BinDirectory"/>, as the postgres user when root; its output goes to ctl.log.</summary>
    private Task RunAsync(string tool, string arguments)
    {
        var command = $"cd {_root} && exec {Path.Combine(BinDirectory!, tool)} {arguments} >>{Path.Combine(_root, "ctl.log")} 2>&1";
        return IsRoot ? ToolAsync("runuser", $"-u postgres -- sh -c \"{command}\"") : ToolAsync("sh", $"-c \"{command}\"");
    }

    private async Task ToolAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { UseShellExecute = false })
            ?? throw new InvalidOperationException($"Could not start {file}.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "ctl.log");
            throw new InvalidOperationException(
                $"{file} {arguments} exited with {process.ExitCode}.\n{(File.Exists(log) ? File.ReadAllText(log) : string.Empty)}\n{LogTail()}");
        }
    }
}
