using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Joldama.E2E.Infrastructure;

/// <summary>
/// A few virtual users taking referral cases from a new draft to registration against the running app: each opens a
/// case (with an Idempotency-Key, the same on every retry), uploads the four documents of §34, chooses the provider and
/// submits; the commission approves and registers. Every step is chosen from the case as read, so a write whose answer
/// was lost (the database went away after COMMIT) is not done twice. Every answer is recorded; every 2xx write is an
/// acknowledgement the database must hold afterwards.
/// </summary>
internal sealed class ReferralLoad
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(20);

    private static readonly string[] Kinds = ["identity-document", "hospitalization-referral", "medical-record-extract", "diagnostic-results"];

    private readonly Uri _baseAddress;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public ReferralLoad(Uri baseAddress) => _baseAddress = baseAddress;

    /// <summary>Every answer (or timeout, status 0), in the order they came.</summary>
    public ConcurrentQueue<Answer> Answers { get; } = new();

    /// <summary>Every acknowledged write: the case and what was done ("create", "upload:kind", "provider", "step:trigger").</summary>
    public ConcurrentQueue<(Guid CaseId, string What)> Acknowledged { get; } = new();

    /// <summary>Time since the load was created: answers and fault moments on one axis.</summary>
    public TimeSpan Now => _clock.Elapsed;

    /// <summary>Runs <paramref name="users"/> virtual users until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(int users, CancellationToken stop)
    {
        var clinic = new HttpClient[users];
        var commission = new HttpClient[users];
        for (var i = 0; i < users; i++)
        {
            clinic[i] = await ApiCalls.SignInAsync(_baseAddress, "clinician", RequestTimeout);
            commission[i] = await ApiCalls.SignInAsync(_baseAddress, "commission", RequestTimeout);
        }

        var patient = (await ApiCalls.OkAsync(await clinic[0].PostAsJsonAsync("api/patients/find", new { iin = "900101300017" }, CancellationToken.None))).GetProperty("id").GetGuid();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, users).Select(i => Task.Run(() => UserAsync(clinic[i], commission[i], patient, stop))));
        }
        finally
        {
            foreach (var client in clinic.Concat(commission))
            {
                client.Dispose();
            }
        }
    }

    /// <summary>GET <paramref name="path"/> as a browser would (Accept: text/html), recorded like any other answer.</summary>
    public async Task<(Answer Answer, string Body)> PageAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return await SendAsync(client, request, "page");
    }

    /// <summary>One request, recorded; a timeout is status 0.</summary>
    public async Task<(Answer Answer, string Body)> SendAsync(HttpClient client, HttpRequestMessage request, string what)
    {
        var started = Now;
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var answer = new Answer(started, Now, what, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                response.Headers.RetryAfter?.Delta, Code(body), response.IsSuccessStatusCode ? null : body[..Math.Min(body.Length, 300)]);
            Answers.Enqueue(answer);
            return (answer, body);
        }
        catch (TaskCanceledException)
        {
            var answer = new Answer(started, Now, what, 0, null, null, null, $"no answer within {RequestTimeout.TotalSeconds:0} s");
            Answers.Enqueue(answer);
            return (answer, string.Empty);
        }
    }

    private async Task UserAsync(HttpClient clinic, HttpClient commission, Guid patient, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var key = Guid.NewGuid().ToString();
            Guid? id = null;
            while (id is null && !stop.IsCancellationRequested)
            {
                using var create = new HttpRequestMessage(HttpMethod.Post, "api/referrals")
                {
                    Content = JsonContent.Create(new
                    {
                        patientId = patient, htmcCode = "35.21", diagnosis = "I35.0 Аортальный стеноз", specialistConclusion = "Показано протезирование аортального клапана.",
                    }),
                };
                create.Headers.Add("Idempotency-Key", key);
                var (answer, body) = await SendAsync(clinic, create, "create");
                if (answer.IsSuccess)
                {
                    id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
                    Acknowledged.Enqueue((id.Value, "create"));
                }
                else
                {
                    await Pause(stop);
                }
            }

            while (id is { } caseId && !stop.IsCancellationRequested)
            {
                var (read, json) = await SendAsync(clinic, new HttpRequestMessage(HttpMethod.Get, $"api/referrals/{caseId}"), "read");
                if (!read.IsSuccess)
                {
                    await Pause(stop);
                    continue;
                }

                var found = JsonDocument.Parse(json).RootElement;
                var state = found.GetProperty("state").GetString();
                var missing = found.GetProperty("missingDocuments").EnumerateArray().Select(k => k.GetString()!).ToList();
                (HttpClient Client, HttpRequestMessage Request, string What)? next = state switch
                {
                    "draft" when missing.Count > 0 => (clinic, Upload(caseId, missing[0]), "upload:" + missing[0]),
                    "draft" when found.GetProperty("provider").ValueKind == JsonValueKind.Null => (clinic, new HttpRequestMessage(HttpMethod.Put, $"api/referrals/{caseId}/provider")
                    {
                        Content = JsonContent.Create(new { providerId = found.GetProperty("offeredProviders").EnumerateArray().First().GetProperty("id").GetGuid() }),
                    }, "provider"),
                    "draft" => (clinic, Step(caseId, new { trigger = "submit" }), "step:submit"),
                    "sent-to-commission" => (commission, Step(caseId, new { trigger = "approve", protocolNumber = "П-" + caseId.ToString()[..6] }), "step:approve"),
                    "approved" => (commission, Step(caseId, new { trigger = "register" }), "step:register"),
                    _ => null,
                };
                if (next is not { } step)
                {
                    break; // registered: the next case
                }

                var (answer, _) = await SendAsync(step.Client, step.Request, step.What);
                step.Request.Dispose();
                if (answer.IsSuccess)
                {
                    Acknowledged.Enqueue((caseId, step.What));
                }
                else
                {
                    await Pause(stop);
                }
            }
        }
    }

    private static HttpRequestMessage Upload(Guid caseId, string kind)
    {
        var file = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new HttpRequestMessage(HttpMethod.Post, $"api/referrals/{caseId}/documents")
        {
            Content = new MultipartFormDataContent { { new StringContent(kind), "kind" }, { file, "file", kind + ".pdf" } },
        };
    }

    private static HttpRequestMessage Step(Guid caseId, object body) =>
        new(HttpMethod.Post, $"api/referrals/{caseId}/steps") { Content = JsonContent.Create(body) };

    /// <summary>A client backs off a little after a refusal (the app asks for more with Retry-After; a test cannot wait that long).</summary>
    private static async Task Pause(CancellationToken stop)
    {
        try
        {
            await Task.Delay(200, stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static string? Code(string body)
    {
        if (body.Length == 0 || body[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal sealed record Answer(TimeSpan Sent, TimeSpan Received, string What, int Status, string? MediaType, TimeSpan? RetryAfter, string? Code, string? Body)
    {
        public bool IsSuccess => Status is >= 200 and < 300;

        public bool IsWrite => What is not ("read" or "page" or "me");

        public override string ToString() => $"{What} {Status} {MediaType} code={Code} at {Sent.TotalSeconds:0.00}s {Body}";
    }
}
