using System.Globalization;

namespace Joldama.LoadBench;

/// <summary>A server process's CPU time and resident memory, read from /proc (Linux).</summary>
internal sealed class ProcessProbe(int pid)
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ on Linux

    public long PeakRssBytes { get; private set; }

    /// <summary>User + system CPU seconds so far.</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>Reads the resident set now and keeps the peak.</summary>
    public void Sample()
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                PeakRssBytes = Math.Max(PeakRssBytes, kb * 1024);
            }
        }
    }

    /// <summary>Samples every <paramref name="period"/> until cancelled.</summary>
    public async Task WatchAsync(TimeSpan period, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                Sample();
                await Task.Delay(period, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
        catch (IOException)
        {
            // the process ended
        }
    }
}
