using Joldama.Application.Jobs;
using Joldama.Application.Referrals.Escalation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Abroad.Escalation;

/// <summary>Runs <see cref="AbroadDeadlineEscalation"/> on the referrals' escalation interval (<c>Referrals:EscalationInterval</c>).</summary>
public sealed class AbroadEscalationJob(IServiceScopeFactory scopes, ReferralJobOptions options, TimeProvider clock, ILogger<AbroadEscalationJob> log)
    : PeriodicJob(scopes, clock, log)
{
    protected override TimeSpan Interval => options.EscalationInterval;

    protected override async Task<bool> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<AbroadDeadlineEscalation>().RunOnceAsync(cancellationToken) >= AbroadDeadlineEscalation.BatchSize;
}
