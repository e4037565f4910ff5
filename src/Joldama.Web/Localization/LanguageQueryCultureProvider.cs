using Microsoft.AspNetCore.Localization;

namespace Joldama.Web.Localization;

/// <summary>Takes the language from <c>?lang=kk|ru</c>, so an API client or a shared link can choose it.</summary>
internal sealed class LanguageQueryCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = Languages.CultureOf(httpContext.Request.Query[Languages.QueryKey]);
        return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
    }
}
