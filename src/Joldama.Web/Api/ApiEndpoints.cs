using Joldama.Web.Api.Calendar;
using Joldama.Web.Api.Catalog;
using Joldama.Web.Api.Funding;
using Joldama.Web.Api.Health;
using Joldama.Web.Api.Identifiers;
using Joldama.Web.Localization;
using Scalar.AspNetCore;

namespace Joldama.Web.Api;

internal static class ApiEndpoints
{
    public static WebApplication MapJoldamaApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", options => options.WithTitle("Joldama API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealthEndpoints();
        app.MapGet("/lang/{code}", SwitchLanguage).ExcludeFromDescription();

        var api = app.MapGroup("/api");
        api.MapCatalogEndpoints();
        api.MapFundingEndpoints();
        api.MapCalendarEndpoints();
        api.MapIdentifierEndpoints();
        return app;
    }

    /// <summary>Remembers the chosen language in a cookie for a year and goes back where the user was.</summary>
    private static IResult SwitchLanguage(string code, string? returnUrl, HttpContext context)
    {
        var culture = Languages.CultureOf(code);
        if (culture is null)
        {
            return TypedResults.Problem(statusCode: 400, title: "Неизвестный язык / Белгісіз тіл", type: "/errors/language.unknown",
                extensions: new Dictionary<string, object?> { ["code"] = "language.unknown", ["supported"] = new[] { "kk", "ru" } });
        }

        context.Response.Cookies.Append(
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(culture)),
            new CookieOptions { Expires = DateTimeOffset.FromUnixTimeSeconds(0).AddYears(60), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
        var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
        return TypedResults.LocalRedirect(target);
    }
}
