using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Joldama.Web.Hosting;

/// <summary>
/// Runs code in the request's UI culture. Problems and status pages are written by middleware outside
/// UseRequestLocalization (UseStatusCodePages, UseExceptionHandler), after the request's culture has been restored,
/// so the culture is taken from the request's <see cref="IRequestCultureFeature"/>.
/// </summary>
internal static class RequestUiCulture
{
    public static CultureInfo Of(HttpContext http) =>
        http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;

    public static T Run<T>(HttpContext http, Func<T> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Of(http);
        try
        {
            return body();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
