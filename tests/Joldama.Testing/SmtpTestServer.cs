using System.Diagnostics;
using System.Text;

namespace Joldama.Testing;

/// <summary>How <see cref="SmtpTestServer"/> answers.</summary>
public enum SmtpBehaviour
{
    /// <summary>250: stored.</summary>
    Accept,

    /// <summary>451 to DATA: not now, try again later.</summary>
    Defer,

    /// <summary>554 to DATA: refused for good.</summary>
    Reject,

    /// <summary>EHLO answered only after a delay: a slow or overloaded server.</summary>
    Slow,
}

/// <summary>
/// A real SMTP server on 127.0.0.1 for tests: Python's aiosmtpd (Debian package python3-aiosmtpd, installed by
/// ./test.sh) storing every message it accepts, byte for byte, as a file; <see cref="Behave"/> makes it defer (451),
/// refuse (554) or answer slowly. <see cref="Stop"/> and
/// <see cref="StartAsync()"/> again on the same port simulate an outage; disposal kills it and deletes the files.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    /// <summary>Python that has aiosmtpd: <c>JOLDAMA_PYTHON</c>, else Debian's system python3 (where the package installs), else python3 on PATH.</summary>
    private static readonly string Python = Environment.GetEnvironmentVariable("JOLDAMA_PYTHON") is { Length: > 0 } python ? python
        : File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private const string Script = """
        import asyncio, os, sys, uuid
        from aiosmtpd.smtp import SMTP

        port, folder, behaviour_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]

        def behaviour():
            try:
                with open(behaviour_file) as f:
                    return f.read().split()
            except FileNotFoundError:
                return ["accept"]

        class Store:
            async def handle_EHLO(self, server, session, envelope, hostname, responses):
                mode = behaviour()
                if mode[0] == "slow":
                    await asyncio.sleep(float(mode[1]))
                session.host_name = hostname
                return responses

            async def handle_DATA(self, server, session, envelope):
                mode = behaviour()
                if mode[0] == "defer":
                    return "451 4.3.0 Try again later"
                if mode[0] == "reject":
                    return "554 5.7.1 Message refused"
                name = os.path.join(folder, uuid.uuid4().hex)
                with open(name + ".tmp", "wb") as f:
                    f.write(envelope.original_content)
                os.rename(name + ".tmp", name + ".eml")
                return "250 OK"

        async def main():
            loop = asyncio.get_running_loop()
            server = await loop.create_server(lambda: SMTP(Store(), hostname="localhost", enable_SMTPUTF8=True), "127.0.0.1", port)
            await server.serve_forever()

        asyncio.run(main())
        """;

    private readonly string _folder;
    private Process? _process;

    private SmtpTestServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string Host => "127.0.0.1";

    public bool IsRunning => _process is { HasExited: false };

    private string BehaviourFile => Path.Combine(_folder, "behaviour");

    /// <summary>
    /// How the running server answers from now on (read afresh for every command, so it may change while it runs).
    /// <see cref="SmtpBehaviour.Slow"/> delays the answer to EHLO by <paramref name="delay"/>: a client whose
    /// timeout is shorter gives up before it has sent anything, so the fault can never cause a copy.
    /// </summary>
    public void Behave(SmtpBehaviour behaviour, TimeSpan? delay = null)
    {
        var line = behaviour switch
        {
            SmtpBehaviour.Accept => "accept",
            SmtpBehaviour.Defer => "defer",
            SmtpBehaviour.Reject => "reject",
            SmtpBehaviour.Slow => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"slow {(delay ?? TimeSpan.FromSeconds(5)).TotalSeconds}"),
            _ => throw new ArgumentOutOfRangeException(nameof(behaviour), behaviour, null),
        };
        File.WriteAllText(BehaviourFile + ".tmp", line);
        File.Move(BehaviourFile + ".tmp", BehaviourFile, overwrite: true);
    }

    public static async Task<SmtpTestServer> StartAsync(int? port = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "joldama-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "server.py"), Script);
        Directory.CreateDirectory(Path.Combine(folder, "mail"));
        var server = new SmtpTestServer(folder, port ?? FreePort.Next());
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts the server (again) on <see cref="Port"/> and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(_folder, "server.py"), Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.Combine(_folder, "mail"), BehaviourFile })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Python}.");
        var errors = _process.StandardError.ReadToEndAsync();
        for (var wait = 0; wait < 200; wait++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The test SMTP server ({Python}, aiosmtpd) exited: {await errors}");
            }

            if (await FreePort.AcceptsAsync(Port))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The test SMTP server did not listen on port {Port} within 10 s.");
    }

    /// <summary>Kills the server: connections to <see cref="Port"/> are refused until <see cref="StartAsync()"/>.</summary>
    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message accepted so far, as raw RFC 5322 text (headers and body as the client sent them).</summary>
    public IReadOnlyList<byte[]> Messages() =>
        [.. Directory.EnumerateFiles(Path.Combine(_folder, "mail"), "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    public IReadOnlyList<string> MessageTexts() => [.. Messages().Select(m => Encoding.UTF8.GetString(m))];

    public ValueTask DisposeAsync()
    {
        Stop();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }

        return ValueTask.CompletedTask;
    }
}
