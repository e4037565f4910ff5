using System.Net;
using System.Text.Json;

namespace Joldama.Web.Tests.Infrastructure;

/// <summary>Assertions on RFC 9457 problem documents and JSON answers.</summary>
public static class Problems
{
    private static readonly System.Buffers.SearchValues<char> KazakhLetters = System.Buffers.SearchValues.Create("әғқңөұүһіӘҒҚҢӨҰҮҺІ");

    /// <summary>
    /// Asserts an application/problem+json answer with <paramref name="status"/>, a non-empty title
    /// and detail, and <paramref name="code"/>; returns the document.
    /// </summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), body);
        Assert.True(problem.TryGetProperty("detail", out var detail) && !string.IsNullOrWhiteSpace(detail.GetString()), $"no detail: {body}");
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString() ?? string.Empty;

    /// <summary>A letter only Kazakh Cyrillic has (ә ғ қ ң ө ұ ү һ і).</summary>
    public static bool HasKazakhLetter(string text) =>
        text.AsSpan().IndexOfAny(KazakhLetters) >= 0;
}
