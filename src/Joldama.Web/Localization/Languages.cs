using Joldama.Domain.Catalog;

namespace Joldama.Web.Localization;

/// <summary>The two languages of Joldama. Short codes ("kk", "ru") in URLs and cookies; full cultures for formatting.</summary>
internal static class Languages
{
    public const string Kazakh = "kk-KZ";
    public const string Russian = "ru-KZ";
    public const string QueryKey = "lang";

    public static readonly string[] Supported = [Kazakh, Russian];

    /// <summary>"kk"/"ru" (or the full culture names) to a culture name; null for anything else.</summary>
    public static string? CultureOf(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "kk" or "kk-kz" or "kz" => Kazakh,
        "ru" or "ru-kz" => Russian,
        _ => null,
    };

    public static TextLanguage Current => Application.Localization.UiLanguage.Current;

    public static string CurrentCode => Application.Localization.UiLanguage.Code;

    /// <summary>Remembers <paramref name="culture"/> for a year in the culture cookie (read by the cookie culture provider).</summary>
    public static void Remember(HttpContext context, string culture)
    {
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Response.Cookies.Append(
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(culture)),
            new CookieOptions { Expires = now.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
    }
}
