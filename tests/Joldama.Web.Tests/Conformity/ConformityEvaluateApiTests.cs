using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Conformity;

/// <summary>
/// <c>POST /api/conformity/evaluate</c>: the same request, rules and result as <c>joldama conformity evaluate</c>
/// (docs/conformity-evaluate.md), every problem of a bad request in one problem document.
/// </summary>
public sealed class ConformityEvaluateApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static readonly string Example = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "examples", "conformity-evaluate.json"));

    private async Task<HttpResponseMessage> PostAsync(string json) =>
        await fixture.App.CreateClient().PostAsync("/api/conformity/evaluate?lang=ru", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Evaluate_Example_ConformsWithEveryCriterion()
    {
        using var response = await PostAsync(Example);
        var body = await Problems.ReadJsonAsync(response);

        var code = Assert.Single(body.GetProperty("codes").EnumerateArray());
        Assert.Equal("35.05", code.GetProperty("code").GetString());
        Assert.True(code.GetProperty("conforms").GetBoolean());
        Assert.True(code.GetProperty("findings").GetArrayLength() >= 5);
    }

    [Fact]
    public async Task Evaluate_ExpiredCertificates_DoesNotConformWithTheReason()
    {
        var request = JsonNode.Parse(Example)!;
        foreach (var specialist in request["specialists"]!.AsArray())
        {
            foreach (var certificate in specialist!["certificates"]!.AsArray())
            {
                certificate!["validTo"] = "2026-09-30";
            }
        }

        using var response = await PostAsync(request.ToJsonString());
        var code = Assert.Single((await Problems.ReadJsonAsync(response)).GetProperty("codes").EnumerateArray());

        Assert.False(code.GetProperty("conforms").GetBoolean());
        Assert.Contains("no certificate valid on 2026-10-01", code.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_BadRequest_ProblemWithEveryPath()
    {
        var request = JsonNode.Parse(Example)!;
        request["codes"] = new JsonArray("35.05", "99.99");
        request["devices"]![0]!["count"] = -1;

        using var response = await PostAsync(request.ToJsonString());
        var problem = await Problems.ReadJsonAsync(response, HttpStatusCode.BadRequest);

        Assert.Equal("conformity.request_invalid", problem.GetProperty("code").GetString());
        var paths = problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).ToList();
        Assert.Contains("codes[1]", paths);
        Assert.Contains("devices[0].count", paths);
    }

    [Fact]
    public async Task Evaluate_NotJson_ProblemNot500()
    {
        using var response = await PostAsync("{ this is not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
