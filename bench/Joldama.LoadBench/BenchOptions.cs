using System.Globalization;

namespace Joldama.LoadBench;

/// <summary>
/// The command line: <c>--server</c> (a PostgreSQL connection string without the database), <c>--database</c>,
/// <c>--cases</c> (the data set: generated once, reused by later runs), <c>--users</c>, <c>--seconds</c> (each phase),
/// <c>--rounds</c>, <c>--warmup</c> (seconds of unmeasured load per system first), <c>--max-lifecycles</c> (each phase), <c>--quick</c>, <c>--explain</c>, <c>--out</c> (a Markdown file).
/// </summary>
internal sealed record BenchOptions(
    string Server, string Database, int Cases, int Users, TimeSpan Phase, int Rounds, TimeSpan Warmup, int MaxLifecycles, bool Quick, bool Explain, string? Out, bool LogSql)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var quick = args.Contains("--quick");
        return new BenchOptions(
            Value("--server") ?? Environment.GetEnvironmentVariable("JOLDAMA_BENCH_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres",
            Value("--database") ?? (quick ? "joldama_bench_quick" : "joldama_bench"),
            Number("--cases", quick ? 10_000 : 1_000_000),
            Number("--users", 16),
            TimeSpan.FromSeconds(Number("--seconds", quick ? 5 : 25)),
            Number("--rounds", 3),
            TimeSpan.FromSeconds(Number("--warmup", quick ? 5 : 30)),
            Number("--max-lifecycles", 100_000),
            quick,
            args.Contains("--explain") || !quick,
            Value("--out"),
            args.Contains("--log-sql"));
    }
}
