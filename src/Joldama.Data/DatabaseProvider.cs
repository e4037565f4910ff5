namespace Joldama.Data;

/// <summary>Where Joldama keeps its data: embedded SQLite (the default) or PostgreSQL (production).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
