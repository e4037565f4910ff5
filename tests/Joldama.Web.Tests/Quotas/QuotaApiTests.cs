using System.Net;
using Joldama.Application.Access;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Quotas;

/// <summary>
/// Seed 001 §19 through the API: the head of the demo region's provider (regional: 10 % of the planned 20, two decisions)
/// sees the usage, decides up to the limit, and the next decision is a 422 problem document with the figures as numbers,
/// in Russian and in Kazakh; bad input is a 4xx problem document, never a 500.
/// </summary>
public sealed class QuotaApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    [Fact]
    public async Task Head_DecidesUpToTheLimit_NextRefused422WithFigures_InRussianAndKazakh()
    {
        var head = await fixture.App.SessionAsync("hospital-head");
        var usage = await Problems.ReadJsonAsync(await fixture.App.GetAsync(head, "/api/quotas/usage"));
        Assert.Equal((DemoSeed.DemoPlannedVolume, 2, 10, "normal", "other"),
            (usage.GetProperty("volume").GetInt32(), usage.GetProperty("limit").GetInt32(), usage.GetProperty("percent").GetInt32(),
                usage.GetProperty("mode").GetString(), usage.GetProperty("level").GetString()));

        for (var i = usage.GetProperty("used").GetInt32() + 1; i <= 2; i++)
        {
            var decided = await Problems.ReadJsonAsync(await Decide(head, "ru"), HttpStatusCode.Created);
            Assert.Equal((i, 2), (decided.GetProperty("used").GetInt32(), decided.GetProperty("limit").GetInt32()));
            Assert.Equal(["pensioner"], decided.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        }

        var ru = await Problems.AssertProblemAsync(await Decide(head, "ru"), HttpStatusCode.UnprocessableEntity, "quota.exceeded");
        var kk = await Problems.AssertProblemAsync(await Decide(head, "kk"), HttpStatusCode.UnprocessableEntity, "quota.exceeded");

        foreach (var problem in new[] { ru, kk })
        {
            Assert.Equal((2, 2, 20, 10), (problem.GetProperty("used").GetInt32(), problem.GetProperty("limit").GetInt32(),
                problem.GetProperty("volume").GetInt32(), problem.GetProperty("percent").GetInt32()));
        }

        Assert.Contains("Квота исчерпана", Problems.Detail(ru), StringComparison.Ordinal);
        Assert.True(Problems.HasKazakhLetter(Problems.Detail(kk)), Problems.Detail(kk));
        Assert.Contains("20", Problems.Detail(kk), StringComparison.Ordinal);
        var after = await Problems.ReadJsonAsync(await fixture.App.GetAsync(head, "/api/quotas/usage"));
        Assert.Equal((2, 0), (after.GetProperty("used").GetInt32(), after.GetProperty("remaining").GetInt32()));
    }

    [Fact]
    public async Task SetPeriod_OverlappingTheDemoYear_409()
    {
        var head = await fixture.App.SessionAsync("hospital-head");

        var problem = await Problems.AssertProblemAsync(
            await fixture.App.PostJsonAsync(head, "/api/quotas/periods", new { from = "2026-06-01", to = "2027-05-31", plannedVolume = 10 }), HttpStatusCode.Conflict, "quota.period_overlaps");

        Assert.Equal("2026-01-01", problem.GetProperty("args").GetProperty("from").GetString());
    }

    [Theory]
    [InlineData("{\"patientIin\":\"123\",\"indication\":\"x\"}", HttpStatusCode.BadRequest, "identifier.wrong_length")]
    [InlineData("{\"patientIin\":\"520314300015\",\"indication\":\"x\",\"groups\":[\"astronaut\"]}", HttpStatusCode.BadRequest, "input.invalid")]
    [InlineData("{\"patientIin\":\"520314300015\",\"indication\":\"x\",\"groups\":[\"pregnant\"]}", HttpStatusCode.BadRequest, "input.invalid")]
    [InlineData("{\"patientIin\":\"900101300017\",\"indication\":\"x\"}", HttpStatusCode.UnprocessableEntity, "quota.group_not_eligible")]
    [InlineData("{\"patientIin\":\"520314300015\",\"indication\":\"x\",\"htmcCode\":\"zz\"}", HttpStatusCode.BadRequest, "catalog.code_malformed")]
    public async Task Decide_BadInput_ProblemDocument(string body, HttpStatusCode status, string code)
    {
        var head = await fixture.App.SessionAsync("hospital-head");

        await Problems.AssertProblemAsync(
            await fixture.App.SendAsync(head, HttpMethod.Post, "/api/quotas/decisions", new StringContent(body, System.Text.Encoding.UTF8, "application/json")), status, code);
    }

    [Fact]
    public async Task Report_Analyst_OnlyKaraganda_CsvInRussian()
    {
        var analyst = await fixture.App.SessionAsync("analyst");

        var report = await Problems.ReadJsonAsync(await fixture.App.GetAsync(analyst, "/api/quotas/report?from=2026-01-01&to=2026-12-31"));
        using var csv = await fixture.App.GetAsync(analyst, "/api/quotas/report.csv?lang=ru");
        var text = await csv.Content.ReadAsStringAsync();

        var region = Assert.Single(report.GetProperty("regions").EnumerateArray());
        Assert.Equal((DemoApp.Region, DemoSeed.DemoPlannedVolume), (region.GetProperty("region").GetString(), region.GetProperty("volume").GetInt32()));
        Assert.All(report.GetProperty("organizations").EnumerateArray(), o => Assert.Equal(DemoApp.Region, o.GetProperty("region").GetString()));
        Assert.StartsWith("Регион,Организация", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Decide(Session head, string lang) =>
        fixture.App.PostJsonAsync(head, $"/api/quotas/decisions?lang={lang}", new { patientIin = DemoSeed.QuotaPatientIin, indication = "Коксартроз, показано эндопротезирование" });
}
