using System.Net;
using Joldama.Web.Tests.Access;

namespace Joldama.Web.Tests.Infrastructure;

/// <summary>A page with a form, as the browser holds it: the session, the antiforgery cookie and the page's token.</summary>
internal sealed record PageForm(DemoApp App, Session Session, string Antiforgery, string Page)
{
    /// <summary>Opens the page as <paramref name="session"/>: its antiforgery cookie and the page with its token.</summary>
    public static async Task<PageForm> OpenAsync(DemoApp app, Session session, string url)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var response = await app.GetAsync(session, url);
        var antiforgery = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).Split(';')[0];
        return new PageForm(app, session, antiforgery, await Html.ReadPageAsync(response));
    }

    public async Task<HttpResponseMessage> SendAsync(string url, params (string Name, string Value)[] fields)
    {
        using var client = App.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", Html.AntiforgeryToken(Page))]),
        };
        request.Headers.Add("Cookie", $"{DemoApp.SessionCookie}={Session.Cookie}; {Antiforgery}");
        return await client.SendAsync(request);
    }

    /// <summary>Posts one package file as the case page's upload form does.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string url, string kind, string fileName, byte[] content)
    {
        using var client = App.Client();
        var form = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(Page)), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
            { new ByteArrayContent(content) { Headers = { ContentType = new("application/octet-stream") } }, "Upload", fileName },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = form };
        request.Headers.Add("Cookie", $"{DemoApp.SessionCookie}={Session.Cookie}; {Antiforgery}");
        return await client.SendAsync(request);
    }

    public async Task<string> PostAsync(string url, HttpStatusCode status, params (string Name, string Value)[] fields)
    {
        using var response = await SendAsync(url, fields);
        return await Html.ReadPageAsync(response, status);
    }

    public async Task<string> PostForRedirectAsync(string url, params (string Name, string Value)[] fields)
    {
        using var response = await SendAsync(url, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: {(int)response.StatusCode} {Html.Problem(System.Net.WebUtility.HtmlDecode(body)) ?? body[..Math.Min(body.Length, 400)]}");
        return response.Headers.Location!.OriginalString;
    }
}
