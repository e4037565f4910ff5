using System.Reflection;
using Xunit.Sdk;

namespace Joldama.Data.Tests.Infrastructure;

/// <summary>
/// One case of a <c>[Theory]</c> per database engine: <c>[ProviderData(DatabaseProvider.Sqlite)]</c>
/// <c>[ProviderData(DatabaseProvider.Postgres)]</c>. The PostgreSQL case is skipped (outside CI only)
/// when no test server is configured; see <see cref="TestPostgres"/>.
/// </summary>
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
