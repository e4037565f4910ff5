using System.Globalization;
using System.Text;

namespace Joldama.LoadBench;

/// <summary>The run's figures as Markdown: medians over the rounds, same-round ratios to the baselines, the targets.</summary>
internal static class Report
{
    public static bool Failed { get; private set; }

    public static string Build(
        BenchOptions options, long casesInDb, IReadOnlyList<(int Round, string System, Recorder Recorder, double Cpu)> results, string[] steps, string[] reads,
        long peakRss, IReadOnlyList<double> reportTimes, int year, IReadOnlyDictionary<string, (int Created, long Found)> counts, TimeSpan took)
    {
        var s = new StringBuilder();
        s.AppendLine(Invariant($"### Load run: {casesInDb:N0} cases, {options.Users} users, {options.Rounds} rounds × {options.Phase.TotalSeconds:0} s a phase after {options.Warmup.TotalSeconds:0} s of warm-up a system ({took.TotalMinutes:0.0} min in all)"));
        s.AppendLine();
        s.AppendLine("Lifecycle writes, median of the rounds (requests/s; latency in ms):");
        s.AppendLine();
        s.AppendLine("| step | Joldama req/s | p50 | p95 | p99 | errors | (b) minimal web req/s | (b) p99 | (a) Npgsql req/s | (a) p99 | Joldama ÷ (b) | Joldama ÷ (a) |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var figures = results.Where(r => r.System != "reads").SelectMany(r => r.Recorder.Figures(steps).Select(f => (r.Round, r.System, f))).ToList();
        foreach (var step in steps)
        {
            StepFigures[] Of(string system) => [.. figures.Where(x => x.System == system && x.f.Step == step).Select(x => x.f)];
            double Ratio(string baseline) => Median(Enumerable.Range(1, options.Rounds).Select(round =>
                figures.Single(x => x.Round == round && x.System == "joldama" && x.f.Step == step).f.PerSecond /
                figures.Single(x => x.Round == round && x.System == baseline && x.f.Step == step).f.PerSecond));
            var (j, b, a) = (Of("joldama"), Of("baseline-b"), Of("baseline-a"));
            var errors = j.Sum(f => f.Errors) + b.Sum(f => f.Errors) + a.Sum(f => f.Errors);
            Failed |= errors > 0;
            s.AppendLine(Invariant($"| {step} | {Median(j.Select(f => f.PerSecond)):0.0} | {Median(j.Select(f => f.P50)):0.0} | {Median(j.Select(f => f.P95)):0.0} | {Median(j.Select(f => f.P99)):0.0} | {errors} | {Median(b.Select(f => f.PerSecond)):0.0} | {Median(b.Select(f => f.P99)):0.0} | {Median(a.Select(f => f.PerSecond)):0.0} | {Median(a.Select(f => f.P99)):0.0} | {Ratio("baseline-b"):0.00} | {Ratio("baseline-a"):0.00} |"));
        }

        s.AppendLine();
        s.AppendLine("Whole lifecycles (10 requests: create, 4 uploads, 5 steps) per second, by round (the same rounds):");
        s.AppendLine();
        s.AppendLine("| round | Joldama | (b) | (a) | Joldama ÷ (b) | Joldama ÷ (a) | Joldama server CPU (cores) |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        for (var round = 1; round <= options.Rounds; round++)
        {
            double Lifecycles(string system) => results.Single(r => r.Round == round && r.System == system).Recorder.Figures(["Inform"]).Single().PerSecond;
            var cpu = results.Single(r => r.Round == round && r.System == "joldama").Cpu;
            s.AppendLine(Invariant($"| {round} | {Lifecycles("joldama"):0.0} | {Lifecycles("baseline-b"):0.0} | {Lifecycles("baseline-a"):0.0} | {Lifecycles("joldama") / Lifecycles("baseline-b"):0.00} | {Lifecycles("joldama") / Lifecycles("baseline-a"):0.00} | {cpu:0.00} |"));
        }

        s.AppendLine();
        s.AppendLine("Reads (Joldama, same users, median of the rounds):");
        s.AppendLine();
        s.AppendLine("| read | req/s | p50 | p95 | p99 | errors |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|");
        var readFigures = results.Where(r => r.System == "reads").SelectMany(r => r.Recorder.Figures(reads)).ToList();
        foreach (var read in reads)
        {
            var f = readFigures.Where(x => x.Step == read).ToArray();
            Failed |= f.Sum(x => x.Errors) > 0;
            s.AppendLine(Invariant($"| {read} | {Median(f.Select(x => x.PerSecond)):0.0} | {Median(f.Select(x => x.P50)):0.0} | {Median(f.Select(x => x.P95)):0.0} | {Median(f.Select(x => x.P99)):0.0} | {f.Sum(x => x.Errors)} |"));
        }

        s.AppendLine();
        s.AppendLine(Invariant($"- Joldama server: peak resident memory **{peakRss / 1024.0 / 1024.0:0} MB**; CPU during the reads {Median(results.Where(r => r.System == "reads").Select(r => r.Cpu)):0.00} cores (median)."));
        s.AppendLine(Invariant($"- Annual report {year}, demo region, as the regional analyst (HTTP, whole request): {string.Join(" / ", reportTimes.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))} ms, median **{Median(reportTimes):0} ms**."));
        foreach (var (system, (created, found)) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Failed |= created != found;
            s.AppendLine(Invariant($"- {system}: {created} cases created, {found} found in the database afterwards{(created == found ? string.Empty : " — MISSING")}."));
        }

        foreach (var error in results.SelectMany(r => r.Recorder.FirstErrors).Distinct().Take(10))
        {
            s.AppendLine("- error: " + error);
        }

        return s.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
