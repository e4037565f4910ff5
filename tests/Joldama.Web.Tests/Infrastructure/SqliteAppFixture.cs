using Microsoft.Extensions.Time.Testing;

namespace Joldama.Web.Tests.Infrastructure;

/// <summary>
/// Class fixture: one app on a fresh SQLite file per test class, with a fake clock fixed at
/// <see cref="Now"/> (Monday 2026-03-02, 09:00 in Kazakhstan).
/// </summary>
public sealed class SqliteAppFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    public JoldamaAppFactory App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App = JoldamaAppFactory.Sqlite(Clock);
        _ = App.Server; // start now: migrations and law file records happen here, not in the first test
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
