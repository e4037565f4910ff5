using Joldama.Application;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Localization;

/// <summary>
/// Refuses <c>?lang=</c> with a language Joldama does not speak, instead of silently answering in
/// another one. The answer is a problem document in both languages, since neither was chosen.
/// </summary>
internal sealed class UnknownLanguageMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IStringLocalizerFactory localizers)
    {
        var requested = context.Request.Query[Languages.QueryKey];
        if (requested.Count == 0)
        {
            await next(context);
            return;
        }

        if (Languages.CultureOf(requested) is { } culture)
        {
            // A page opened from a link with ?lang= keeps that language on the next form submit
            // or link (which carry no ?lang=); API answers stay stateless.
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                Languages.Remember(context, culture);
            }

            await next(context);
            return;
        }

        await Problem(localizers).ExecuteAsync(context);
    }

    /// <summary>The 400 language.unknown problem, in both languages; also answered by GET /lang/{code}.</summary>
    public static IResult Problem(IStringLocalizerFactory localizers)
    {
        var text = localizers.Create(typeof(SharedResource));
        var kk = Localized(text, Languages.Kazakh);
        var ru = Localized(text, Languages.Russian);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: $"{kk.Title} / {ru.Title}",
            detail: $"{kk.Detail} / {ru.Detail}",
            type: "/errors/language.unknown",
            extensions: new Dictionary<string, object?> { ["code"] = "language.unknown", ["supported"] = new[] { "kk", "ru" } });
    }

    private static (string Title, string Detail) Localized(IStringLocalizer text, string culture)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
        try
        {
            return (text["status.400"], text["error.language.unknown"]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
