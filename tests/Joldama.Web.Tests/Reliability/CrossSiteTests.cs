using System.Net;
using System.Text;
using Joldama.Web.Tests.Access;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Reliability;

/// <summary>
/// Issue 8, item 5: what a hostile site can make a signed-in browser send. A form post without the antiforgery token
/// is refused; the API accepts only JSON (which a cross-site form cannot send without a CORS preflight, and the app
/// answers no preflight); HSTS is sent over TLS only. Session fixation and the cookie flags: Access/SignInTests.
/// </summary>
public sealed class CrossSiteTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    [Theory]
    [InlineData("application/x-www-form-urlencoded", "iin=900101300017&lastName=X&firstName=Y")]
    [InlineData("text/plain", "{\"iin\":\"850501300018\",\"lastName\":\"X\",\"firstName\":\"Y\",\"language\":\"ru\",\"insuranceStatus\":\"insured\"}")]
    [InlineData("multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"iin\"\r\n\r\n850501300018\r\n--b--\r\n")]
    public async Task CrossSiteFormToTheApi_WithTheSessionCookie_415AndNothingWritten(string contentType, string body)
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var before = await PatientsAsync();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await fixture.App.SendAsync(clinician, HttpMethod.Post, "/api/patients", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await PatientsAsync());
    }

    [Fact]
    public async Task CorsPreflightFromAnotherSite_NoAllowOrigin()
    {
        using var client = fixture.App.Client();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/patients", UriKind.Relative));
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"), "the API must not allow other origins");
    }

    [Theory]
    [InlineData(null, "/account/signin", "Login=admin&Password=joldama-demo-2026")]
    [InlineData("admin", "/admin/organizations", "Bin=123456789012&NameKk=X&NameRu=X")]
    public async Task FormPostWithoutTheAntiforgeryToken_400NoSessionNothingWritten(string? login, string page, string form)
    {
        var session = login is null ? null : await fixture.App.SessionAsync(login);
        var before = await OrganizationsAsync();
        using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await fixture.App.SendAsync(session, HttpMethod.Post, page, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(DemoApp.SetCookieValue(response));
        Assert.Equal(before, await OrganizationsAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/catalog/35.21")]
    [InlineData("/account/signin")]
    public async Task Hsts_SentOverTlsOnly(string url)
    {
        using var overTls = await fixture.App.SendAsync(null, HttpMethod.Get, url, https: true);
        using var plain = await fixture.App.SendAsync(null, HttpMethod.Get, url);

        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(overTls.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    private async Task<int> PatientsAsync()
    {
        await using var db = fixture.App.Db();
        return await db.Patients.CountAsync();
    }

    private async Task<int> OrganizationsAsync()
    {
        await using var db = fixture.App.Db();
        return await db.Organizations.CountAsync();
    }
}
