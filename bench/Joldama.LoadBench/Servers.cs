using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Joldama.LoadBench;

/// <summary>The processes the benchmark starts (Joldama, baseline (b), the CLI's generator) and stops.</summary>
internal static class Servers
{
    public static string Root { get; } = FindRoot();

    public static string Dll(string project, string assembly) => Path.Combine(Root, project, "bin", "Release", "net10.0", assembly + ".dll");

    public static Process Start(string dll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is not built: run bench/load.sh, which builds it (Release).");
        }

        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, // its appsettings*.json are the content root
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + dll);
        process.OutputDataReceived += (_, e) => Forward(e.Data);
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitReadyAsync(HttpClient http, string url, Process process)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{url}: the server exited with {process.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(url));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(300);
        }

        throw new TimeoutException(url + " did not become ready in 3 minutes.");
    }

    public static void Stop(Process? process)
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<int> RunAsync(string dll, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(dll, environment, args);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static void Forward(string? line)
    {
        // Servers log warnings and errors only (Logging__LogLevel__Default=Warning); the generator its progress.
        if (!string.IsNullOrWhiteSpace(line))
        {
            Console.Error.WriteLine("  | " + line);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Joldama.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (Joldama.slnx not found above " + AppContext.BaseDirectory + ").");
    }

    public static string Text(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
