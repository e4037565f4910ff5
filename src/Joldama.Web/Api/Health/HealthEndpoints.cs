using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Joldama.Web.Api.Health;

internal static class HealthEndpoints
{
    /// <summary>
    /// <c>/health/live</c>: the process answers (no dependencies checked). <c>/health/ready</c>: the
    /// database answers too; 503 otherwise, so a load balancer stops sending traffic.
    /// </summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
    }
}
