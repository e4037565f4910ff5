using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// The outbox and its transports. Without <c>Sms:GatewayUrl</c> or <c>Smtp:Host</c> (the embedded default)
    /// messages go to local sink files; with them, to the real gateway and mail server.
    /// </summary>
    public static IServiceCollection AddJoldamaNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var sms = configuration.GetSection(SmsOptions.Section).Get<SmsOptions>() ?? new SmsOptions();
        var smtp = configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions();
        var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        services.AddSingleton(sms);
        services.AddSingleton(smtp);
        services.AddSingleton(outbox);

        if (sms.GatewayUrl is null)
        {
            services.AddSingleton<ISmsSender>(provider => new FileSmsSender(sms.SinkPath, provider.GetRequiredService<TimeProvider>()));
        }
        else
        {
            services.AddHttpClient(HttpSmsSender.ClientName, client => client.Timeout = sms.Timeout);
            services.AddSingleton<ISmsSender>(provider => new HttpSmsSender(
                provider.GetRequiredService<IHttpClientFactory>(), sms, provider.GetRequiredService<ILogger<HttpSmsSender>>()));
        }

        services.AddSingleton<IEmailSender>(provider => string.IsNullOrWhiteSpace(smtp.Host)
            ? new FileEmailSender(smtp.SinkPath, provider.GetRequiredService<TimeProvider>())
            : new SmtpEmailSender(smtp, provider.GetRequiredService<TimeProvider>()));

        services.AddSingleton<Outbox>();
        services.AddScoped<OutboxDelivery>();
        return services;
    }

    /// <summary>The background delivery of the outbox; every instance of the web app may run it.</summary>
    public static IServiceCollection AddJoldamaOutboxWorker(this IServiceCollection services) =>
        services.AddHostedService<OutboxDeliveryWorker>();
}
