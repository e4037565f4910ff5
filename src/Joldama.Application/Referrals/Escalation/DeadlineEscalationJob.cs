using Joldama.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Referrals.Escalation;

/// <summary>Runs <see cref="DeadlineEscalation"/> every <c>Referrals:EscalationInterval</c> (default one minute).</summary>
public sealed class DeadlineEscalationJob(IServiceScopeFactory scopes, ReferralJobOptions options, TimeProvider clock, ILogger<DeadlineEscalationJob> log)
    : PeriodicJob(scopes, clock, log)
{
    protected override TimeSpan Interval => options.EscalationInterval;

    protected override async Task<bool> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<DeadlineEscalation>().RunOnceAsync(cancellationToken) >= DeadlineEscalation.BatchSize;
}

/// <summary>Settings of the referral jobs (section <c>Referrals</c>).</summary>
public sealed class ReferralJobOptions
{
    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
