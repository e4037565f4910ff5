using Joldama.Application;
using Joldama.Application.Law;
using Joldama.Application.Notifications;
using Joldama.Web.Access;
using Joldama.Data;
using Joldama.Web.Localization;

namespace Joldama.Web.Hosting;

internal static class JoldamaHostingExtensions
{
    public static WebApplicationBuilder AddJoldamaServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddJoldamaLaw(builder.Configuration);
        builder.Services.AddJoldamaData(builder.Configuration);
        builder.Services.AddJoldamaApplication(builder.Configuration);
        builder.AddJoldamaAuthentication();
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = FrameworkProblemLocalizer.Localize);
        // In order: a database that cannot serve now is a 503 (DatabaseUnavailableHandler), anything else a 500.
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddExceptionHandler<UnexpectedExceptionHandler>();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Joldama API";
            document.Info.Description = "High-tech medical care (ВТМП / ЖТМК) of Kazakhstan: catalog, funding, working-day calendar, identifiers.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRazorPages();
        // Kazakh and Russian text as UTF-8, not as &#x…; entities (HTML encoding still escapes markup).
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.AddHostedService<DatabasePreparationRetry>();
        builder.Services.AddHostedService<Application.Audit.AuditChainJob>();
        builder.Services.AddHostedService<Application.Referrals.Escalation.DeadlineEscalationJob>();
        builder.Services.AddHostedService<Application.Abroad.Escalation.AbroadEscalationJob>();
        builder.Services.AddJoldamaOutboxWorker();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"], timeout: DatabaseHealthCheck.Timeout);
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Languages.Russian)
                .AddSupportedCultures(Languages.Supported)
                .AddSupportedUICultures(Languages.Supported);
            options.RequestCultureProviders.Insert(0, new LanguageQueryCultureProvider());
            options.FallBackToParentUICultures = true;
            options.FallBackToParentCultures = true;
        });
        return builder;
    }

    public static WebApplication UseJoldamaPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusPages.WriteAsync);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<UnknownLanguageMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
