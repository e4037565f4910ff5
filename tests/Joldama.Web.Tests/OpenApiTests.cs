using System.Net;
using System.Text.Json;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests;

public sealed class OpenApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task OpenApiDocument_V1_IsJsonListingThePublicEndpoints()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Joldama API", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("/api/catalog", paths);
        Assert.Contains("/api/catalog/{code}", paths);
        Assert.Contains("/api/catalog/export", paths);
        Assert.Contains("/api/funding", paths);
        Assert.Contains("/api/calendar/add-working-days", paths);
        Assert.Contains("/api/calendar/between", paths);
        Assert.Contains("/api/calendar/days/{date}", paths);
        Assert.Contains("/api/identifiers/iin/check", paths);
        Assert.Contains("/api/identifiers/bin/check", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/lang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApiDocument_IinCheck_IsPostWithJsonBody()
    {
        using var client = fixture.App.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var iin = document.RootElement.GetProperty("paths").GetProperty("/api/identifiers/iin/check");
        Assert.True(iin.TryGetProperty("post", out var post));
        Assert.False(iin.TryGetProperty("get", out _));
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task OpenApiDocument_Referrals_ListedAndNoIinInAnyPath()
    {
        using var client = fixture.App.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/patients", "/api/patients/find", "/api/referrals", "/api/referrals/{id}", "/api/referrals/{id}/steps",
            "/api/referrals/{id}/documents", "/api/referrals/search", "/api/referrals/refusals/search", "/api/referrals/refusals/export.csv", "/api/cabinet" })
        {
            Assert.True(paths.TryGetProperty(path, out _) || paths.TryGetProperty(path + "/", out _), path);
        }

        Assert.True(paths.GetProperty("/api/patients/find").TryGetProperty("post", out _));
        Assert.DoesNotContain(paths.EnumerateObject(), p => p.Name.Contains("iin", StringComparison.OrdinalIgnoreCase) && !p.Name.StartsWith("/api/identifiers/iin/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scalar_Get_Returns200Html()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri("/scalar", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
