using Joldama.Application.Abroad.Cases;
using Joldama.Application.Abroad.Documents;
using Joldama.Application.Abroad.Escalation;
using Joldama.Application.Abroad.Notifications;
using Joldama.Application.Abroad.Offers;
using Joldama.Application.Abroad.Sessions;
using Joldama.Application.Abroad.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Joldama.Application.Abroad;

public static class AbroadServiceCollectionExtensions
{
    /// <summary>Treatment abroad (issue 6); the escalation job is added by the web host.</summary>
    public static IServiceCollection AddAbroad(this IServiceCollection services)
    {
        services.AddScoped<AbroadNotices>();
        services.AddScoped<AbroadCaseService>();
        services.AddScoped<AbroadStepService>();
        services.AddScoped<AbroadDocumentService>();
        services.AddScoped<AbroadOfferService>();
        services.AddScoped<AbroadSessionService>();
        services.AddScoped<AbroadDeadlineEscalation>();
        return services;
    }
}
