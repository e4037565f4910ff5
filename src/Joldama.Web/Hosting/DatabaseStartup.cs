using System.Security.Cryptography;
using Joldama.Application.Access;
using Joldama.Data;
using Joldama.Data.LawFiles;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Hosting;

internal static class DatabaseStartup
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Migrates the database (on by default; <c>Database:MigrateOnStart=false</c> leaves it to
    /// <c>joldama db migrate</c>) and records the versions of the law data files this start runs on.
    /// When the database does not answer (a transient error: down, unreachable), the host starts
    /// anyway: /health/live answers, /health/ready stays 503, and <see cref="DatabasePreparationRetry"/>
    /// tries again in the background. Any other error (bad credentials, a failing migration) stops start-up.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        try
        {
            await PrepareAsync(app.Services, app.Configuration);
            app.Services.GetRequiredService<DatabaseReadiness>().MarkPrepared();
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            app.Logger.LogError(e, "The database does not answer at start; retrying every {Interval}. /health/ready is 503 until then.", RetryInterval);
        }
    }

    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JoldamaDbContext>();
        if (configuration.GetValue("Database:MigrateOnStart", true))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await RecordLawFilesAsync(db, configuration["Law:DataDirectory"] ?? Joldama.Application.Law.LawLibrary.DefaultDataDirectory, clock, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync(cancellationToken);
        if (!scope.ServiceProvider.GetRequiredService<DemoOptions>().Enabled && await db.Users.AnyAsync(u => u.IsDemo, cancellationToken))
        {
            throw new InvalidOperationException(
                "This database holds demo accounts (README), whose passwords are public, and Demo:Enabled is off: a production start refuses to run with them. Use a fresh database.");
        }
    }

    private static async Task RecordLawFilesAsync(JoldamaDbContext db, string dataDirectory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var known = await db.LoadedLawFiles.Select(f => f.Path + "|" + f.Sha256).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var path in Directory.EnumerateFiles(dataDirectory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(dataDirectory, path).Replace('\\', '/');
            var hash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken)));
            if (!known.Contains(relative + "|" + hash))
            {
                db.LoadedLawFiles.Add(new LoadedLawFile { Path = relative, Sha256 = hash, FirstLoadedAt = now });
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (!DatabaseFaults.IsUnavailable(e))
        {
            // Another instance recorded the same version at the same moment: the unique index kept one row.
        }
    }
}

/// <summary>Whether this start has migrated the database and recorded its law files; /health/ready is 503 until it has.</summary>
internal sealed class DatabaseReadiness
{
    private volatile bool _prepared;

    public bool IsPrepared => _prepared;

    public void MarkPrepared() => _prepared = true;
}

/// <summary>Finishes <see cref="DatabaseStartup.PrepareDatabaseAsync"/> once the database answers, when it did not at start.</summary>
internal sealed class DatabasePreparationRetry(
    IServiceProvider services, IConfiguration configuration, DatabaseReadiness readiness, TimeProvider clock, ILogger<DatabasePreparationRetry> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!readiness.IsPrepared && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(DatabaseStartup.RetryInterval, clock, stoppingToken);
            try
            {
                await DatabaseStartup.PrepareAsync(services, configuration, stoppingToken);
                readiness.MarkPrepared();
                log.LogInformation("The database answers again: migrated and law files recorded.");
            }
            catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
            {
                DatabaseFaults.ForgetPooledConnectionsAfter(e);
                log.LogWarning("The database still does not answer: {Message}", e.Message);
            }
        }
    }
}
