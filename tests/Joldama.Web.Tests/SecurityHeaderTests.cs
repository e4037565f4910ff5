using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests;

public sealed class SecurityHeaderTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/catalog/35.21")]
    [InlineData("/catalog/99.99")]
    [InlineData("/funding?code=35,21&form=planned&insured=no")]
    [InlineData("/identifiers")]
    [InlineData("/api/catalog/35.21")]
    [InlineData("/api/catalog/99.99")]
    [InlineData("/api/nope")]
    [InlineData("/health/live")]
    [InlineData("/css/site.css")]
    public async Task Response_AnyPath_NosniffNoFramingNoReferrer(string url)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/catalog?q=35.2")]
    [InlineData("/catalog/35.21")]
    [InlineData("/funding")]
    [InlineData("/calendar")]
    [InlineData("/identifiers")]
    public async Task Page_Any_CspForbidsFramingAndForeignScripts(string url)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = Single(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("default-src 'self'", directives);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("form-action 'self'", directives);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);
}
