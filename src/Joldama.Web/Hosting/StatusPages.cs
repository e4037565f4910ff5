using System.Text.Encodings.Web;
using Joldama.Application;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Hosting;

/// <summary>
/// An empty error response gets a body: a problem document for the API and for clients that do not
/// ask for HTML, a short page in the user's language for a browser (a form post that was too large,
/// an unknown address).
/// </summary>
internal static class StatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!WantsHtml(http.Request))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http });
            return;
        }

        var status = http.Response.StatusCode;
        var code = status switch { 404 => "route.not_found", 405 => "request.method_not_allowed", 413 => "request.too_large", _ => "request.failed" };
        await WriteHtmlAsync(http, code);
    }

    /// <summary>A browser's request for a page (not the API): it gets a page in the user's language rather than JSON.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    /// <summary>A short page with the response's status as title and the text of error <paramref name="code"/>.</summary>
    public static async Task WriteHtmlAsync(HttpContext http, string code)
    {
        var culture = RequestUiCulture.Of(http);
        var (title, detail, home) = RequestUiCulture.Run(http, () =>
        {
            var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            return (HtmlEncoder.Default.Encode(text[$"status.{http.Response.StatusCode}"]), HtmlEncoder.Default.Encode(text[$"error.{code}"]),
                HtmlEncoder.Default.Encode(text["nav.home"]));
        });
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{culture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\"><title>{title}</title>" +
            $"<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main><h1>{title}</h1><p class=\"problem\">{detail}</p>" +
            $"<p><a href=\"/\">{home}</a></p></main></body></html>");
    }
}
