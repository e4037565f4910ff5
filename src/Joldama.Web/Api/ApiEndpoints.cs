using Joldama.Web.Api.Abroad;
using Joldama.Web.Api.Account;
using Joldama.Web.Api.Audit;
using Joldama.Web.Api.Calendar;
using Joldama.Web.Api.Catalog;
using Joldama.Web.Api.Conformity;
using Joldama.Web.Api.Funding;
using Joldama.Web.Api.Health;
using Joldama.Web.Api.Identifiers;
using Joldama.Web.Api.Organizations;
using Joldama.Web.Api.Patients;
using Joldama.Web.Api.Quotas;
using Joldama.Web.Api.Referrals;
using Joldama.Web.Api.Users;
using Joldama.Web.Localization;
using Microsoft.Extensions.Localization;
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
        api.MapAccountEndpoints();
        api.MapOrganizationEndpoints();
        api.MapUserEndpoints();
        api.MapAuditEndpoints();
        api.MapConformityEndpoints();
        api.MapPatientEndpoints();
        api.MapReferralEndpoints();
        api.MapAbroadEndpoints();
        api.MapQuotaEndpoints();
        return app;
    }

    /// <summary>Remembers the chosen language in a cookie for a year and goes back where the user was.</summary>
    private static IResult SwitchLanguage(string code, string? returnUrl, HttpContext context, IStringLocalizerFactory localizers)
    {
        var culture = Languages.CultureOf(code);
        if (culture is null)
        {
            return UnknownLanguageMiddleware.Problem(localizers);
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
