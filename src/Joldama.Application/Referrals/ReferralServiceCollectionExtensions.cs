using Joldama.Application.Patients;
using Joldama.Application.Referrals.Cases;
using Joldama.Application.Referrals.Documents;
using Joldama.Application.Referrals.Escalation;
using Joldama.Application.Referrals.FollowUps;
using Joldama.Application.Referrals.Notifications;
using Joldama.Application.Referrals.Reports;
using Joldama.Application.Referrals.Workflow;
using Joldama.Application.Referrals.Worklists;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Joldama.Application.Referrals;

public static class ReferralServiceCollectionExtensions
{
    /// <summary>Patients and the referral workflow (issue 5); the escalation job is added by the web host.</summary>
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PatientService>();
        services.AddScoped<ReferralCaseService>();
        services.AddScoped<PackageDocumentService>();
        services.AddScoped<ReferralNotices>();
        services.AddScoped<ReferralStepService>();
        services.AddScoped<ReferralWorklist>();
        services.AddScoped<RefusalJournal>();
        services.AddScoped<DeadlineEscalation>();
        services.AddScoped<FollowUpService>();
        services.AddScoped<AnnualReportService>();
        var options = new ReferralJobOptions();
        configuration.GetSection("Referrals").Bind(options);
        services.AddSingleton(options);
        return services;
    }
}
