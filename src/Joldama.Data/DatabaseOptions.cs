namespace Joldama.Data;

/// <summary>
/// Configuration section <c>Database</c> (environment: <c>Database__Provider</c>,
/// <c>Database__ConnectionString</c>). Without a connection string SQLite uses
/// <see cref="SqlitePath"/>, a file under the git-ignored .data folder.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string? ConnectionString { get; set; }

    public string SqlitePath { get; set; } = ".data/joldama.db";

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is not set.");
        }

        var path = Path.GetFullPath(SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"Data Source={path}";
    }
}
