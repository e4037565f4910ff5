using System.Text;
using Joldama.Bench.Baseline;
using Npgsql;

namespace Joldama.LoadBench;

/// <summary>EXPLAIN (ANALYZE, BUFFERS) of the worklist, the IIN search and the annual report's query, as Joldama sends them.</summary>
internal static class Explain
{
    public static async Task<string> RunAsync(string connection, BaselineWorld world, string iin, int year)
    {
        var s = new StringBuilder();
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        foreach (var (title, sql, parameters) in Queries.For(world, iin, year))
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, db);
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            s.AppendLine().AppendLine("#### " + title).AppendLine().AppendLine("```text");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                s.AppendLine(reader.GetString(0));
            }

            s.AppendLine("```");
        }

        return s.ToString();
    }
}
