using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Notifications;

/// <summary>
/// Runs <see cref="OutboxDelivery.DeliverDueAsync"/> every <see cref="OutboxOptions.PollInterval"/> (at once again after
/// a full batch). A failing pass (the database down) is logged and tried again: it never stops the host.
/// </summary>
public sealed class OutboxDeliveryWorker(IServiceScopeFactory scopes, OutboxOptions options, TimeProvider clock, ILogger<OutboxDeliveryWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                handled = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "An outbox delivery pass failed; trying again in {Interval}.", options.PollInterval);
            }

            if (handled < options.BatchSize)
            {
                try
                {
                    await Task.Delay(options.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
