using System.Net;
using System.Text.RegularExpressions;

namespace Joldama.Web.Tests.Infrastructure;

/// <summary>Reads rendered pages. Razor encodes non-ASCII text as character references, so pages are decoded before text checks.</summary>
public static partial class Html
{
    public static async Task<string> ReadPageAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return WebUtility.HtmlDecode(body);
    }

    /// <summary>The value of <c>lang</c> on the html element.</summary>
    public static string? Lang(string page) => LangAttribute().Match(page) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The inner text of the element with <paramref name="id"/> (first level; enough for these pages).</summary>
    public static string? ById(string page, string id)
    {
        var match = Regex.Match(page, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups[2].Value : null;
    }

    /// <summary>The text of the problem paragraph (the _Problem partial).</summary>
    public static string? Problem(string page) => ProblemParagraph().Match(page) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The antiforgery token a form carries.</summary>
    public static string AntiforgeryToken(string page) =>
        TokenInput().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No __RequestVerificationToken in the page.");

    [GeneratedRegex("<html[^>]*\\blang=\"([^\"]*)\"", RegexOptions.None, 1000)]
    private static partial Regex LangAttribute();

    [GeneratedRegex("<p class=\"problem\" role=\"alert\">(.*?)</p>", RegexOptions.Singleline, 1000)]
    private static partial Regex ProblemParagraph();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.None, 1000)]
    private static partial Regex TokenInput();
}
