using System.Security.Cryptography;
using Joldama.Application.Law;
using Joldama.Data;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Web.Tests;

/// <summary>On start the web host migrates its database and records the version (SHA-256) of every law data file, at the injected clock's time.</summary>
[Trait("Category", "Postgres")]
public sealed class DatabaseStartupTests
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Start_FreshDatabase_MigratesAndRecordsEveryLawFileOnceAtClockTime(DatabaseProvider provider)
    {
        var firstStart = new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero);
        await using var app = await JoldamaAppFactory.CreateAsync(provider, new FakeTimeProvider(firstStart));
        _ = app.Server;
        var expected = LawFiles();

        await using (var db = app.CreateDbContext())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var recorded = await db.LoadedLawFiles.AsNoTracking().ToListAsync();
            Assert.Equal(expected, recorded.Select(f => (f.Path, f.Sha256)).Order());
            Assert.All(recorded, f => Assert.Equal(firstStart, f.FirstLoadedAt));
        }

        // A restart on the same files, later, records nothing new and keeps the first times.
        var connectionString = app.ConnectionString ?? $"Data Source={app.SqlitePath}";
        await using (var restarted = JoldamaAppFactory.WithConnectionString(provider, connectionString, new FakeTimeProvider(firstStart.AddDays(3))))
        {
            _ = restarted.Server;
        }

        await using (var db = app.CreateDbContext())
        {
            var recorded = await db.LoadedLawFiles.AsNoTracking().ToListAsync();
            Assert.Equal(expected.Count, recorded.Count);
            Assert.All(recorded, f => Assert.Equal(firstStart, f.FirstLoadedAt));
        }
    }

    private static List<(string Path, string Sha256)> LawFiles()
    {
        var root = LawLibrary.DefaultDataDirectory;
        return Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))))
            .Order()
            .ToList();
    }
}
