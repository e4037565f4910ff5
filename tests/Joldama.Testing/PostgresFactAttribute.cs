using Xunit;

namespace Joldama.Testing;

/// <summary>A fact that needs the test PostgreSQL: skipped outside CI when none is configured, failed on CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
