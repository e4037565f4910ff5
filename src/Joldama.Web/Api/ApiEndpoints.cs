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

        Languages.Remember(context, culture);
        return TypedResults.LocalRedirect(LocalTarget(returnUrl));
    }

    /// <summary>
    /// The local path to go back to: "/" for anything that is not a plain local path (absolute,
    /// protocol-relative "//x" or "/\x", control characters), and non-ASCII characters
    /// percent-encoded so that the Location header stays valid.
    /// </summary>
    internal static string LocalTarget(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 } || returnUrl[0] != '/' ||
            (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\') ||
            returnUrl.Any(char.IsControl))
        {
            return "/";
        }

        var target = new System.Text.StringBuilder(returnUrl.Length);
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            target.Append(rune.IsAscii ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        }

        return target.ToString();
    }
}
