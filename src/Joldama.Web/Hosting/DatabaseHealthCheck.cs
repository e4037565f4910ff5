using Joldama.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Joldama.Web.Hosting;

/// <summary>Ready means the database answers a query now, not merely that a connection string exists.</summary>
internal sealed class DatabaseHealthCheck(JoldamaDbContext db, DatabaseReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsPrepared)
        {
            return HealthCheckResult.Unhealthy("The database did not answer at start: not migrated, law files not recorded yet.");
        }

        try
        {
            await db.LoadedLawFiles.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
