using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Joldama.E2E.Infrastructure;

/// <summary>The API of the running app as the E2E tests call it around the browser: a signed-in client, a call that must succeed.</summary>
internal static class ApiCalls
{
    /// <summary>A client that keeps the session cookie of <paramref name="login"/> (signed in with the demo password).</summary>
    public static async Task<HttpClient> SignInAsync(Uri baseAddress, string login, TimeSpan? timeout = null)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        if (timeout is { } limit)
        {
            client.Timeout = limit;
        }

        await OkAsync(await client.PostAsJsonAsync("api/account/signin", new { login, password = E2EFixture.DemoPassword }));
        return client;
    }

    /// <summary>The answer's JSON (default when empty); fails with the status and body unless it is 2xx.</summary>
    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
