using System.Security.Cryptography;
using Joldama.Data;
using Joldama.Data.LawFiles;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Hosting;

internal static class DatabaseStartup
{
    /// <summary>
    /// Migrates the database (on by default; <c>Database:MigrateOnStart=false</c> leaves it to
    /// <c>joldama db migrate</c>) and records the versions of the law data files this start runs on.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JoldamaDbContext>();
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
        {
            await db.Database.MigrateAsync();
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await RecordLawFilesAsync(db, app.Configuration["Law:DataDirectory"] ?? Joldama.Application.Law.LawLibrary.DefaultDataDirectory, clock);
    }

    private static async Task RecordLawFilesAsync(JoldamaDbContext db, string dataDirectory, TimeProvider clock)
    {
        var known = await db.LoadedLawFiles.Select(f => f.Path + "|" + f.Sha256).ToListAsync();
        var now = clock.GetUtcNow();
        foreach (var path in Directory.EnumerateFiles(dataDirectory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(dataDirectory, path).Replace('\\', '/');
            var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path)));
            if (!known.Contains(relative + "|" + hash))
            {
                db.LoadedLawFiles.Add(new LoadedLawFile { Path = relative, Sha256 = hash, FirstLoadedAt = now });
            }
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another instance recorded the same version at the same moment: the unique index kept one row.
        }
    }
}
