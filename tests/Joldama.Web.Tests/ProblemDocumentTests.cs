using System.Net;
using System.Net.Http.Headers;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests;

/// <summary>Bad input anywhere gets an RFC 9457 problem document with a stable code, in the user's language; never a 500.</summary>
public sealed class ProblemDocumentTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task GetCode_Unknown_404CodeUnknown()
    {
        var problem = await Problems.AssertProblemAsync(await GetAsync("/api/catalog/99.99"), HttpStatusCode.NotFound, "catalog.code_unknown");

        Assert.Equal("99.99", problem.GetProperty("args").GetProperty("code").GetString());
        Assert.Contains("99.99", Problems.Detail(problem), StringComparison.Ordinal);
        Assert.Equal("/errors/catalog.code_unknown", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("35,21")]
    [InlineData("abc")]
    [InlineData("35.21234")]
    [InlineData("3.21")]
    public async Task GetCode_Malformed_400CodeMalformed(string code)
    {
        var problem = await Problems.AssertProblemAsync(await GetAsync("/api/catalog/" + Uri.EscapeDataString(code)), HttpStatusCode.BadRequest, "catalog.code_malformed");

        Assert.Contains(code, Problems.Detail(problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/catalog?q=35&asOf={0}", "asOf")]
    [InlineData("/api/catalog/35.21?asOf={0}", "asOf")]
    [InlineData("/api/funding?code=35.21&form=planned&insured=yes&date={0}", "date")]
    [InlineData("/api/calendar/add-working-days?date={0}&days=1", "date")]
    [InlineData("/api/calendar/between?from={0}&to=2026-03-31", "from")]
    [InlineData("/api/calendar/between?from=2026-03-02&to={0}", "to")]
    [InlineData("/api/calendar/days/{0}", "date")]
    public async Task Dates_Malformed_400InputInvalidNamingTheField(string template, string field)
    {
        foreach (var date in new[] { "2024-13-01", "01.05.2024", "tomorrow", "2024-02-30" })
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(date));

            var problem = await Problems.AssertProblemAsync(await GetAsync(url), HttpStatusCode.BadRequest, "input.invalid");

            Assert.Equal(field, problem.GetProperty("args").GetProperty("field").GetString());
            Assert.Equal(date, problem.GetProperty("args").GetProperty("value").GetString());
            Assert.Contains($"«{field}»", Problems.Detail(problem), StringComparison.Ordinal);
            Assert.Contains("YYYY-MM-DD", Problems.Detail(problem), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/catalog?q=", "catalog.query_empty")]
    [InlineData("/api/catalog?q=%20%2C%20", "catalog.query_empty")]
    [InlineData("/api/catalog", "catalog.query_empty")]
    [InlineData("/api/funding", "catalog.code_malformed")]
    [InlineData("/api/calendar/add-working-days", "input.invalid")]
    [InlineData("/api/calendar/between", "input.invalid")]
    public async Task Query_MissingOrEmpty_400(string url, string code) =>
        await Problems.AssertProblemAsync(await GetAsync(url), HttpStatusCode.BadRequest, code);

    [Fact]
    public async Task Search_QueryTooLong_400QueryTooLong()
    {
        var problem = await Problems.AssertProblemAsync(await GetAsync("/api/catalog?q=" + new string('a', 201)), HttpStatusCode.BadRequest, "catalog.query_too_long");

        Assert.Contains("200", Problems.Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_UnknownInQuery_400LanguageUnknownInBothLanguages()
    {
        var problem = await Problems.AssertProblemAsync(await GetAsync("/api/catalog/35.21?lang=fr"), HttpStatusCode.BadRequest, "language.unknown");

        var detail = Problems.Detail(problem);
        Assert.Contains("Неизвестный язык", detail, StringComparison.Ordinal);
        Assert.Contains("Белгісіз тіл", detail, StringComparison.Ordinal);
        Assert.Equal(["kk", "ru"], problem.GetProperty("supported").EnumerateArray().Select(s => s.GetString()!));
    }

    [Fact]
    public async Task Lang_UnknownOnAPage_400LanguageUnknown() =>
        await Problems.AssertProblemAsync(await GetAsync("/catalog?lang=fr"), HttpStatusCode.BadRequest, "language.unknown");

    [Fact]
    public async Task SwitchLanguage_Unknown_400LanguageUnknownWithDetailInBothLanguages()
    {
        var problem = await Problems.AssertProblemAsync(await GetAsync("/lang/fr"), HttpStatusCode.BadRequest, "language.unknown");

        Assert.Contains("Белгісіз тіл", Problems.Detail(problem), StringComparison.Ordinal);
        Assert.Contains("Неизвестный язык", Problems.Detail(problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"number\":")]
    [InlineData("{\"number\": 900101300017}")]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    public async Task PostIin_MalformedJson_400RequestMalformed(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await PostAsync("/api/identifiers/iin/check", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.malformed");
        Assert.DoesNotContain(fixture.App.LoggedProblems, p => p.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostIin_WrongContentType_415UnsupportedMediaType()
    {
        using var content = new StringContent("900101300017", System.Text.Encoding.UTF8, "text/plain");

        var response = await PostAsync("/api/identifiers/iin/check", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
    }

    [Fact]
    public async Task PostIin_FormContentType_415UnsupportedMediaType()
    {
        using var content = new FormUrlEncodedContent([new("number", "900101300017")]);

        var response = await PostAsync("/api/identifiers/iin/check", content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api/catalog/35.21/extra")]
    [InlineData("/api/calendar/years/twenty")]
    public async Task UnknownRoute_404RouteNotFound(string url) =>
        await Problems.AssertProblemAsync(await GetAsync(url), HttpStatusCode.NotFound, "route.not_found");

    [Fact]
    public async Task WrongMethod_GetOnPostOnlyEndpoint_405MethodNotAllowed() =>
        await Problems.AssertProblemAsync(await GetAsync("/api/identifiers/iin/check"), HttpStatusCode.MethodNotAllowed, "request.method_not_allowed");

    [Fact]
    public async Task WrongMethod_DeleteOnCatalogCode_405MethodNotAllowed()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.DeleteAsync(new Uri("/api/catalog/35.21", UriKind.Relative));

        await Problems.AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, "request.method_not_allowed");
    }

    [Theory]
    [InlineData("/api/catalog/99.99")]
    [InlineData("/api/catalog/35,21")]
    [InlineData("/api/calendar/days/tomorrow")]
    [InlineData("/api/calendar/add-working-days?date=2028-01-04&days=1")]
    [InlineData("/api/nope")]
    [InlineData("/api/identifiers/iin/check")]
    public async Task SameError_KazakhAndRussian_DifferentNonEmptyDetails(string url)
    {
        var kk = await Problems.ReadJsonAsync(await GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=kk"), Status(url));
        var ru = await Problems.ReadJsonAsync(await GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=ru"), Status(url));

        Assert.Equal(kk.GetProperty("code").GetString(), ru.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(Problems.Detail(kk)));
        Assert.False(string.IsNullOrWhiteSpace(Problems.Detail(ru)));
        Assert.NotEqual(Problems.Detail(kk), Problems.Detail(ru));
        Assert.NotEqual(kk.GetProperty("title").GetString(), ru.GetProperty("title").GetString());
        Assert.True(Problems.HasKazakhLetter(Problems.Detail(kk) + kk.GetProperty("title").GetString()), Problems.Detail(kk));
        Assert.False(Problems.HasKazakhLetter(Problems.Detail(ru)), Problems.Detail(ru));
    }

    [Theory]
    [InlineData("{\"number\":", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("900101300017", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("{\"number\":\"061211600013\"}", "application/json", HttpStatusCode.BadRequest)]
    public async Task SameBodyError_KazakhAndRussian_DifferentNonEmptyDetails(string body, string contentType, HttpStatusCode status)
    {
        using var kkContent = new StringContent(body, System.Text.Encoding.UTF8, contentType);
        using var ruContent = new StringContent(body, System.Text.Encoding.UTF8, contentType);

        var kk = await Problems.ReadJsonAsync(await PostAsync("/api/identifiers/iin/check?lang=kk", kkContent), status);
        var ru = await Problems.ReadJsonAsync(await PostAsync("/api/identifiers/iin/check?lang=ru", ruContent), status);

        Assert.Equal(kk.GetProperty("code").GetString(), ru.GetProperty("code").GetString());
        Assert.NotEqual(Problems.Detail(kk), Problems.Detail(ru));
        Assert.True(Problems.HasKazakhLetter(Problems.Detail(kk)), Problems.Detail(kk));
        Assert.False(Problems.HasKazakhLetter(Problems.Detail(ru)), Problems.Detail(ru));
    }

    [Fact]
    public async Task SameError_LanguageFromCookie_KazakhDetail()
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/catalog/99.99", UriKind.Relative));
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dkk-KZ%7Cuic%3Dkk-KZ");

        var problem = await Problems.AssertProblemAsync(await client.SendAsync(request), HttpStatusCode.NotFound, "catalog.code_unknown");

        Assert.Equal("99.99 коды ЖТМК тізбесінде де, сипаттамаларда да жоқ.", Problems.Detail(problem));
    }

    [Theory]
    [InlineData("/api/catalog/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/catalog?q=%F0%9F%98%80")]
    [InlineData("/api/catalog?q=35&q=36")]
    [InlineData("/api/calendar/years/0")]
    [InlineData("/api/calendar/years/-5")]
    [InlineData("/api/calendar/years/99999")]
    [InlineData("/api/calendar/years/2147483648")]
    [InlineData("/api/calendar/add-working-days?date=9999-12-31&days=3650")]
    [InlineData("/api/calendar/add-working-days?date=0001-01-01&days=1")]
    [InlineData("/api/calendar/between?from=0001-01-01&to=9999-12-31")]
    [InlineData("/api/funding?code=35.21&form=planned&insured=yes&date=9999-12-31")]
    [InlineData("/api/funding?code=35.21&form=planned&insured=yes&date=0001-01-01")]
    [InlineData("/api/catalog/35.21?asOf=0001-01-01")]
    [InlineData("/catalog/%20")]
    [InlineData("/catalog?asOf=2024-13-01&q=35")]
    [InlineData("/funding?code=&form=planned")]
    [InlineData("/calendar?start=2030-01-01&days=1")]
    [InlineData("/calendar?start=2026-03-02&days=-1")]
    public async Task OddInput_AnyEndpoint_NeverA500(string url)
    {
        var response = await GetAsync(url);

        Assert.True((int)response.StatusCode < 500, $"{url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        if ((int)response.StatusCode >= 400 && url.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static HttpStatusCode Status(string url) => url switch
    {
        _ when url.StartsWith("/api/catalog/99", StringComparison.Ordinal) => HttpStatusCode.NotFound,
        _ when url.StartsWith("/api/nope", StringComparison.Ordinal) => HttpStatusCode.NotFound,
        _ when url.Contains("2028", StringComparison.Ordinal) => HttpStatusCode.UnprocessableEntity,
        _ when url.Contains("iin", StringComparison.Ordinal) => HttpStatusCode.MethodNotAllowed,
        _ => HttpStatusCode.BadRequest,
    };

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await client.GetAsync(new Uri(url, UriKind.Relative));
    }

    private async Task<HttpResponseMessage> PostAsync(string url, HttpContent content)
    {
        using var client = fixture.App.CreateClient();
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}

/// <summary>
/// In Development the minimal-API binder throws BadHttpRequestException instead of answering 400
/// (RouteHandlerOptions.ThrowOnBadRequest); a developer must still get the 400/415 problem, not a 500.
/// </summary>
public sealed class ProblemDocumentDevelopmentTests : IAsyncLifetime
{
    private JoldamaAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = JoldamaAppFactory.Sqlite(environment: "Development");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task PostIin_MalformedJsonInDevelopment_400RequestMalformed()
    {
        using var client = _app.CreateClient();
        using var content = new StringContent("{\"number\":", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/api/identifiers/iin/check", UriKind.Relative), content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task PostIin_WrongContentTypeInDevelopment_415UnsupportedMediaType()
    {
        using var client = _app.CreateClient();
        using var content = new StringContent("900101300017", System.Text.Encoding.UTF8, "text/plain");

        var response = await client.PostAsync(new Uri("/api/identifiers/iin/check", UriKind.Relative), content);

        await Problems.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
    }
}
