using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Joldama.E2E.Infrastructure;

/// <summary>
/// The built Joldama.Web, run as a child process on a real Kestrel socket on 127.0.0.1 (the browser
/// needs one), against a fresh SQLite file in a temp folder, in the "Demo" environment (what ./run.sh
/// runs: the demo organizations and one account per role of README, seeded on start), with lock-out
/// after <see cref="MaxFailedAttempts"/> wrong passwords and SMS codes written to <see cref="SmsSinkPath"/>.
/// Ready once /health/ready answers 200;
/// killed (with its process tree) and its temp folder removed on dispose. Its console output goes
/// to <c>server.log</c> in the results folder.
/// </summary>
/// <remarks>
/// A child process rather than WebApplicationFactory: the E2E project does not reference
/// Microsoft.AspNetCore.Mvc.Testing, and a separate process is also what a user runs.
/// </remarks>
internal sealed class WebAppServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private const int StartAttempts = 3;

    private readonly Process _process;
    private readonly string _tempDirectory;
    private readonly StreamWriter _log;
    private readonly object _logLock = new();

    private WebAppServer(Process process, Uri baseAddress, string tempDirectory, StreamWriter log)
    {
        _process = process;
        BaseAddress = baseAddress;
        _tempDirectory = tempDirectory;
        _log = log;
    }

    /// <summary>Wrong passwords in a row before an account is locked (SignIn:MaxFailedAttempts; the app's default is 5).</summary>
    public const int MaxFailedAttempts = 3;

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseAddress { get; }

    /// <summary>The file the app's SMS sink appends one JSON line per message to (Sms:SinkPath).</summary>
    public string SmsSinkPath => SmsSinkPathIn(_tempDirectory);

    public static string LogPath => Path.Combine(TestPaths.ResultsDirectory, "e2e-server.log");

    /// <summary>The folder the app runs in (its SQLite file, its SMS sink); a restarted app may be given the same.</summary>
    public string TempDirectory => _tempDirectory;

    /// <param name="settings">Configuration on top of the demo's (environment variables, e.g. <c>Database__Provider</c>).</param>
    /// <param name="tempDirectory">Run in this folder (a restart after <see cref="Kill"/>); null: a new temp folder.</param>
    public static async Task<WebAppServer> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? tempDirectory = null)
    {
        var dll = TestPaths.WebAppDll();
        var append = tempDirectory is not null;
        tempDirectory ??= Directory.CreateTempSubdirectory("joldama-e2e-").FullName;
        var log = new StreamWriter(LogPath, append, new UTF8Encoding(false)) { AutoFlush = true };
        await log.WriteLineAsync($"# Joldama.Web for E2E: {dll}");

        Exception? lastFailure = null;
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            // A free port chosen just before start; should another process take it in between,
            // the app exits at once and the next attempt picks another port.
            var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
            var server = new WebAppServer(Launch(dll, baseAddress, tempDirectory, settings), baseAddress, tempDirectory, log);
            server.Attach();
            try
            {
                await server.WaitUntilReadyAsync();
                return server;
            }
            catch (Exception e) when (attempt < StartAttempts)
            {
                lastFailure = e;
                await log.WriteLineAsync($"# attempt {attempt} failed: {e.Message}");
                server.Stop();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }

        throw new InvalidOperationException("Joldama.Web did not start.", lastFailure);
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        lock (_logLock)
        {
            _log.WriteLine("# stopped");
        }

        await _log.DisposeAsync();
        try
        {
            Directory.Delete(_tempDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the OS cleans the temp folder; nothing to fail a run for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>SIGKILL, as a crash would: no shutdown hooks, no flush, in-flight work lost. The temp folder stays.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        lock (_logLock)
        {
            _log.WriteLine("# killed (SIGKILL)");
        }
    }

    /// <summary>
    /// Starts the app in <paramref name="tempDirectory"/> and kills it (SIGKILL) <paramref name="after"/> the launch, ready or
    /// not: a crash while it migrates, seeds or runs its jobs' first passes. The folder stays. True when it was ready by then;
    /// throws when the process had exited by itself.
    /// </summary>
    public static async Task<bool> StartAndKillAsync(IReadOnlyDictionary<string, string> settings, string tempDirectory, TimeSpan after)
    {
        var log = new StreamWriter(LogPath, append: true, new UTF8Encoding(false)) { AutoFlush = true };
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var server = new WebAppServer(Launch(TestPaths.WebAppDll(), baseAddress, tempDirectory, settings), baseAddress, tempDirectory, log);
        server.Attach();
        await Task.Delay(after);
        bool ready;
        using (var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) })
        {
            try
            {
                using var response = await http.GetAsync(new Uri(baseAddress, "health/ready"));
                ready = response.StatusCode == HttpStatusCode.OK;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                ready = false;
            }
        }

        if (server._process.HasExited)
        {
            // Not our kill: the start itself failed (e.g. on what an earlier crash left behind).
            var code = server._process.ExitCode;
            server.Stop();
            await log.DisposeAsync();
            throw new InvalidOperationException($"Joldama.Web exited with code {code} while starting; see {LogPath}.");
        }

        server.Kill();
        server.Stop();
        lock (server._logLock)
        {
            log.WriteLine(ready ? "# killed while ready" : "# killed while starting");
        }

        await log.DisposeAsync();
        return ready;
    }

    private static Process Launch(string dll, Uri baseAddress, string tempDirectory, IReadOnlyDictionary<string, string>? settings)
    {
        var start = new ProcessStartInfo(DotnetHost(), [dll, "--urls", baseAddress.GetLeftPart(UriPartial.Authority)])
        {
            WorkingDirectory = tempDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        var env = start.Environment;
        env.Remove("ASPNETCORE_URLS");
        env.Remove("ASPNETCORE_HTTP_PORTS");
        env.Remove("ASPNETCORE_HTTPS_PORTS");
        env.Remove("DOTNET_ENVIRONMENT");
        env["ASPNETCORE_ENVIRONMENT"] = "Demo";
        env["SignIn__MaxFailedAttempts"] = MaxFailedAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["Sms__SinkPath"] = SmsSinkPathIn(tempDirectory);
        env["ASPNETCORE_CONTENTROOT"] = Directory.Exists(Path.Combine(TestPaths.WebProjectDirectory, "wwwroot"))
            ? TestPaths.WebProjectDirectory
            : Path.GetDirectoryName(dll)!;
        env["Database__Provider"] = "Sqlite";
        env["Database__ConnectionString"] = string.Empty;
        env["Database__SqlitePath"] = Path.Combine(tempDirectory, "joldama-e2e.db");
        env["Logging__Console__FormatterName"] = "simple";
        env["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            env[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName} {dll}.");
    }

    private static string SmsSinkPathIn(string tempDirectory) => Path.Combine(tempDirectory, "sms-outbox.log");

    /// <summary>The dotnet host that runs these tests (DOTNET_HOST_PATH is set by the dotnet CLI).</summary>
    private static string DotnetHost()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var processPath = Environment.ProcessPath;
        return processPath is not null && Path.GetFileNameWithoutExtension(processPath) == "dotnet" ? processPath : "dotnet";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Attach()
    {
        _process.OutputDataReceived += (_, e) => Write(e.Data);
        _process.ErrorDataReceived += (_, e) => Write(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output that arrives after dispose.
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        string last = "no answer yet";
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Joldama.Web exited with code {_process.ExitCode} before it was ready; see {LogPath}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"/health/ready answered {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            catch (TaskCanceledException)
            {
                last = "/health/ready timed out";
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Joldama.Web was not ready on {BaseAddress} within {StartTimeout.TotalSeconds:0} s ({last}); see {LogPath}.");
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone (or already disposed).
        }

        _process.Dispose();
    }
}
