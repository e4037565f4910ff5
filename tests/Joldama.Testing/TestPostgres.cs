using System.Globalization;

namespace Joldama.Testing;

/// <summary>
/// The throw-away PostgreSQL server that ./test.sh starts: <c>JOLDAMA_TEST_POSTGRES</c> is an Npgsql
/// connection string without a database. Outside CI a missing variable skips the PostgreSQL cases;
/// on CI (<c>CI=true</c>) it fails them, so a broken pipeline cannot pass by testing SQLite only.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "JOLDAMA_TEST_POSTGRES";

    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a PostgreSQL case is skipped, or null when it must run (server known, or on CI).</summary>
    public static string? SkipReason =>
        ServerConnectionString is null && !IsCi
            ? string.Create(CultureInfo.InvariantCulture, $"{Variable} is not set: run ./test.sh, which starts a throw-away PostgreSQL.")
            : null;

    /// <summary>The server's connection string; throws (the test fails) when it is missing.</summary>
    public static string RequireServer() =>
        ServerConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set{(IsCi ? " and CI=true, so the PostgreSQL tests fail instead of being skipped" : string.Empty)}. "
            + "Run the tests with ./test.sh: it starts a throw-away PostgreSQL and exports "
            + $"{Variable} (an Npgsql connection string without a database).");
}
