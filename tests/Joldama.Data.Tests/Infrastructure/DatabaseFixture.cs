namespace Joldama.Data.Tests.Infrastructure;

/// <summary>
/// Class fixture: one fresh database per engine for the whole test class, created on first use
/// (a class whose PostgreSQL cases are skipped never touches the server) and dropped after the class.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<DatabaseProvider, TestDatabase> _databases = [];

    public async Task<TestDatabase> GetAsync(DatabaseProvider provider)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_databases.TryGetValue(provider, out var database))
            {
                database = await TestDatabase.CreateAsync(provider);
                _databases[provider] = database;
            }

            return database;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases.Values)
        {
            await database.DisposeAsync();
        }

        _databases.Clear();
        _gate.Dispose();
    }
}
