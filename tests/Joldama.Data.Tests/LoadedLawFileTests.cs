using System.Security.Cryptography;
using System.Text;
using Joldama.Data.LawFiles;
using Joldama.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Data.Tests;

[Trait("Category", "Postgres")]
public sealed class LoadedLawFileTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task SaveChanges_LoadedLawFile_RoundTripsWithUtcMomentToTheSecond(DatabaseProvider provider)
    {
        var database = await MigratedAsync(provider);
        var path = $"law/{Guid.NewGuid():N}/htmc-lists.json";
        var hash = Sha256Of(path);
        var moment = new DateTimeOffset(2026, 3, 22, 4, 5, 6, TimeSpan.Zero).AddTicks(1_234_567);
        long id;
        await using (var db = database.CreateContext())
        {
            var file = new LoadedLawFile { Path = path, Sha256 = hash, FirstLoadedAt = moment };
            db.LoadedLawFiles.Add(file);
            await db.SaveChangesAsync();
            id = file.Id;
        }

        await using (var db = database.CreateContext())
        {
            var read = await db.LoadedLawFiles.AsNoTracking().SingleAsync(f => f.Id == id);

            Assert.Equal(path, read.Path);
            Assert.Equal(hash, read.Sha256);
            Assert.Equal(TimeSpan.Zero, read.FirstLoadedAt.Offset);
            Assert.Equal(moment.ToUnixTimeSeconds(), read.FirstLoadedAt.ToUnixTimeSeconds());
            Assert.Equal(new DateTime(2026, 3, 22, 4, 5, 6, DateTimeKind.Unspecified), TruncateToSecond(read.FirstLoadedAt.UtcDateTime));
        }
    }

    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task SaveChanges_SamePathAndSha256Twice_UniqueIndexRefuses(DatabaseProvider provider)
    {
        var database = await MigratedAsync(provider);
        var path = $"calendar/{Guid.NewGuid():N}.json";
        var moment = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        await using (var db = database.CreateContext())
        {
            db.LoadedLawFiles.Add(new LoadedLawFile { Path = path, Sha256 = Sha256Of("v1"), FirstLoadedAt = moment });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            db.LoadedLawFiles.Add(new LoadedLawFile { Path = path, Sha256 = Sha256Of("v1"), FirstLoadedAt = moment.AddHours(1) });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        // A new version of the same file is a new row.
        await using (var db = database.CreateContext())
        {
            db.LoadedLawFiles.Add(new LoadedLawFile { Path = path, Sha256 = Sha256Of("v2"), FirstLoadedAt = moment.AddHours(2) });
            await db.SaveChangesAsync();
            Assert.Equal(2, await db.LoadedLawFiles.CountAsync(f => f.Path == path));
        }
    }

    [Fact]
    public void Model_LoadedLawFile_HasUniqueIndexOnPathAndSha256()
    {
        var builder = new DbContextOptionsBuilder<JoldamaDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, "Data Source=:memory:");
        using var db = new JoldamaDbContext(builder.Options);

        var index = Assert.Single(db.Model.FindEntityType(typeof(LoadedLawFile))!.GetIndexes());

        Assert.True(index.IsUnique);
        Assert.Equal([nameof(LoadedLawFile.Path), nameof(LoadedLawFile.Sha256)], index.Properties.Select(p => p.Name));
    }

    private static DateTime TruncateToSecond(DateTime value) =>
        new(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, DateTimeKind.Unspecified);

    private static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        var database = await fixture.GetAsync(provider);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }
}
