using Joldama.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Joldama.Data.Tests;

[Trait("Category", "Postgres")]
public sealed class MigrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndRollsBackToZero(DatabaseProvider provider)
    {
        var database = await fixture.GetAsync(provider);
        await using var db = database.CreateContext();
        var all = db.Database.GetMigrations().ToArray();
        Assert.NotEmpty(all);
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.LoadedLawFiles.CountAsync());

        // A second start migrates nothing, and every Down() undoes its Up().
        await db.Database.MigrateAsync();
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => db.LoadedLawFiles.CountAsync());

        await db.Database.MigrateAsync();
        Assert.Equal(0, await db.LoadedLawFiles.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void HasPendingModelChanges_ProviderMigrations_False(DatabaseProvider provider)
    {
        using var db = ModelOnlyContext(provider);

        Assert.NotNull(db.GetService<IMigrationsAssembly>().ModelSnapshot);
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model differs from the {provider} snapshot: run `dotnet ef migrations add <Name>` for src/Joldama.Data.Migrations.{provider}.");
    }

    [Fact]
    public void GetMigrations_BothProviders_SameMigrationNamesInSameOrder()
    {
        using var sqlite = ModelOnlyContext(DatabaseProvider.Sqlite);
        using var postgres = ModelOnlyContext(DatabaseProvider.Postgres);

        static string[] Names(JoldamaDbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToArray();

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(postgres));
    }

    private static JoldamaDbContext ModelOnlyContext(DatabaseProvider provider)
    {
        // No connection is opened: the model and the migrations assembly are all these tests read.
        var builder = new DbContextOptionsBuilder<JoldamaDbContext>();
        DataServiceCollectionExtensions.Configure(builder, provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=model_only");
        return new JoldamaDbContext(builder.Options);
    }
}
