using Joldama.Application.Abroad;
using Joldama.Application.Access;
using Joldama.Application.Audit;
using Joldama.Application.Conformity;
using Joldama.Application.Conformity.Applications;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Conformity.Printing;
using Joldama.Application.Conformity.Resources;
using Joldama.Application.Notifications;
using Joldama.Application.Organizations;
using Joldama.Application.Quotas;
using Joldama.Application.Referrals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Joldama.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>The use cases, shared by the web host and the CLI.</summary>
    public static IServiceCollection AddJoldamaApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditSearch>();
        var auditOptions = new AuditOptions();
        configuration.GetSection("Audit").Bind(auditOptions);
        services.AddSingleton(auditOptions);
        services.AddScoped<OrganizationService>();
        services.AddScoped<OrganizationCsv>();
        services.AddScoped<UserService>();
        services.AddScoped<SignInService>();
        services.AddScoped<DemoSeed>();
        services.AddScoped<ConformityRecheck>();
        services.AddSingleton(provider => new DeviceVocabulary(provider.GetRequiredService<Law.LawLibrary>().Catalog));
        services.AddScoped<ProviderResourceService>();
        services.AddScoped<ResourceCsv>();
        services.AddScoped<ConformityApplicationService>();
        services.AddScoped<ConclusionService>();
        services.AddScoped<ConclusionPrinter>();
        services.AddScoped<PandemicModeService>();
        services.AddScoped<QuotaService>();
        services.AddScoped<QuotaDecisionService>();
        services.AddScoped<QuotaReport>();
        services.AddReferrals(configuration);
        services.AddAbroad();
        services.AddJoldamaNotifications(configuration);
        return services;
    }
}
