using Joldama.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Notifications;

/// <summary>
/// Runs <see cref="OutboxDelivery.DeliverDueAsync"/> every <see cref="OutboxOptions.PollInterval"/> (at once again after
/// a full batch). A failing pass (the database down) is logged and tried again: it never stops the host.
/// </summary>
public sealed class OutboxDeliveryWorker(IServiceScopeFactory scopes, OutboxOptions options, TimeProvider clock, ILogger<OutboxDeliveryWorker> log)
    : PeriodicJob(scopes, clock, log)
{
    protected override TimeSpan Interval => options.PollInterval;

    protected override async Task<bool> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(cancellationToken) >= options.BatchSize;
}
