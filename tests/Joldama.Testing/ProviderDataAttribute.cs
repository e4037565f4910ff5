using System.Reflection;
using Joldama.Data;
using Xunit.Sdk;

namespace Joldama.Testing;

/// <summary>One theory case per database engine; the PostgreSQL case follows <see cref="PostgresFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProviderDataAttribute : DataAttribute
{
    public ProviderDataAttribute(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Postgres && TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }

    public DatabaseProvider Provider { get; }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Provider]];
}
