using System.Collections.Concurrent;
using System.Diagnostics;

namespace Joldama.LoadBench;

/// <summary>Latencies and errors of one phase, per step name.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _firstErrors = new();

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyCollection<string> FirstErrors => _firstErrors;

    /// <summary>Times <paramref name="action"/>; a thrown exception or a false result is an error (counted, not timed).</summary>
    public async Task<bool> TimeAsync(string step, Func<Task<bool>> action)
    {
        var start = Stopwatch.GetTimestamp();
        string? error = null;
        try
        {
            if (!await action())
            {
                error = "unexpected answer";
            }
        }
        catch (Exception e) when (e is HttpRequestException or Npgsql.NpgsqlException or InvalidOperationException or TaskCanceledException or IOException or System.Text.Json.JsonException)
        {
            error = e.GetType().Name + ": " + e.Message;
        }

        if (error is not null)
        {
            _errors.AddOrUpdate(step, 1, (_, n) => n + 1);
            if (_firstErrors.Count < 10)
            {
                _firstErrors.Enqueue($"{step}: {error}");
            }

            return false;
        }

        _latencies.GetOrAdd(step, _ => []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return true;
    }

    public void Error(string step, string what)
    {
        _errors.AddOrUpdate(step, 1, (_, n) => n + 1);
        if (_firstErrors.Count < 10)
        {
            _firstErrors.Enqueue($"{step}: {what}");
        }
    }

    public IEnumerable<StepFigures> Figures(IEnumerable<string> steps) => steps.Select(step =>
    {
        var sorted = _latencies.TryGetValue(step, out var bag) ? bag.Order().ToArray() : [];
        return new StepFigures(step, sorted.Length, sorted.Length / Elapsed.TotalSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99),
            _errors.GetValueOrDefault(step));
    });

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>One step's figures in one phase: count, throughput, latency percentiles (ms), errors.</summary>
internal sealed record StepFigures(string Step, int Count, double PerSecond, double P50, double P95, double P99, int Errors);
