using Joldama.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Jobs;

/// <summary>
/// A background job that runs one pass every <see cref="Interval"/> in its own DI scope, at once again when a pass
/// says there is more. A failing pass (the database down) is logged and tried again: it never stops the host.
/// Every instance runs it; the passes themselves claim work with row locks, so instances share it.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger log) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; true when it stopped on a full batch and should run again at once.</summary>
    protected abstract Task<bool> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                more = await RunPassAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
            {
                // Down, restarting, read-only or out of disk: expected to pass; the next pass picks the work up.
                DatabaseFaults.ForgetPooledConnectionsAfter(e);
                log.LogWarning("{Job}: the database cannot serve ({Reason}); trying again in {Interval}.", GetType().Name, e.GetBaseException().Message, Interval);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "{Job}: a pass failed; trying again in {Interval}.", GetType().Name, Interval);
            }

            if (!more)
            {
                try
                {
                    await Task.Delay(Interval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
