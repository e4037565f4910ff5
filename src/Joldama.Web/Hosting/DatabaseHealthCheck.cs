using Joldama.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Joldama.Web.Hosting;

/// <summary>
/// Ready means the database answers a query now, not merely that a connection string exists: a query on every call,
/// nothing cached, so an outage shows at the next probe and so does the recovery. A read-only PostgreSQL is not ready
/// either. A full disk is not seen here (reads still work; only a write would tell): writes answer 503 meanwhile.
/// </summary>
internal sealed class DatabaseHealthCheck(JoldamaDbContext db, DatabaseReadiness readiness) : IHealthCheck
{
    /// <summary>A database that does not answer within this is not ready (the probe must not hang on a half-open socket).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsPrepared)
        {
            return HealthCheckResult.Unhealthy("The database did not answer at start: not migrated, law files not recorded yet.");
        }

        try
        {
            await db.LoadedLawFiles.AnyAsync(cancellationToken);
            if (db.Database.IsNpgsql()
                && await db.Database.SqlQueryRaw<string>("SELECT current_setting('transaction_read_only') AS \"Value\"").SingleAsync(cancellationToken) == "on")
            {
                // A standby, or default_transaction_read_only turned on: reads work, but no step of any case can be saved.
                return HealthCheckResult.Unhealthy("The database is read-only.");
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            DatabaseFaults.ForgetPooledConnectionsAfter(e);
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
