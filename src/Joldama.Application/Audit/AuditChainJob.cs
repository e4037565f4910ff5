using Joldama.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Audit;

/// <summary>Chains appended audit records every <c>Audit:ChainInterval</c> (default one second), at once again while batches are full.</summary>
public sealed class AuditChainJob(IServiceScopeFactory scopes, AuditOptions options, TimeProvider clock, ILogger<AuditChainJob> log)
    : PeriodicJob(scopes, clock, log)
{
    protected override TimeSpan Interval => options.ChainInterval;

    protected override async Task<bool> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<AuditLog>().ChainPendingAsync(cancellationToken) >= AuditLog.ChainBatchSize;
}

/// <summary>Settings of the audit log (section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public TimeSpan ChainInterval { get; set; } = TimeSpan.FromSeconds(1);
}
