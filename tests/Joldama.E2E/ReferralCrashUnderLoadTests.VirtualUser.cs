using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Joldama.E2E.Infrastructure;
using Joldama.Testing;

namespace Joldama.E2E;

public sealed partial class ReferralCrashUnderLoadTests
{
    /// <summary>One step of a case's path: who makes it, from which state, to which, with what.</summary>
    private sealed record PathStep(string Login, string Trigger, string From, string To, object Body);

    /// <summary>
    /// One user of the load: registers a patient of its own, opens a case, uploads the §34 package, chooses the provider,
    /// and drives the case through the commission (one in five rejected), the provider and the clinic — signed in as
    /// "clinician", "commission" and "admission" in sessions of its own. A request lost to a kill has an unknown outcome:
    /// the user reads the case again and goes on from where it really is, as a person at a browser would.
    /// </summary>
    private sealed class VirtualUser(int index, int seed, LiveApp app, LoadLog log)
    {
        private static readonly string[] Kinds = ["identity-document", "hospitalization-referral", "medical-record-extract", "diagnostic-results"];

        private readonly Random _random = new(seed + index);
        private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
        private readonly IEnumerator<string> _iins = TestIins.Starting("8808083", 1000 * (index + 1)).GetEnumerator(); // born 1988-08-08: no other test
        private int _patients;

        public async Task RunAsync(CancellationToken stop)
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    if (await RunCaseAsync(stop))
                    {
                        log.Finish();
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped while waiting for the app: the case stays where it is.
            }
            finally
            {
                foreach (var client in _clients.Values)
                {
                    client.Dispose();
                }
            }
        }

        private async Task<bool> RunCaseAsync(CancellationToken stop)
        {
            _iins.MoveNext();
            var iin = _iins.Current;
            var n = ++_patients;
            var patient = await UntilAnsweredAsync("clinician", () => Json(HttpMethod.Post, "api/patients", new
            {
                iin, lastName = "Нагрузка", firstName = string.Create(CultureInfo.InvariantCulture, $"Пациент {index}-{n}"),
                phone = string.Create(CultureInfo.InvariantCulture, $"+7701{index:D3}{n:D4}"),
                email = string.Create(CultureInfo.InvariantCulture, $"load-{index}-{n}@example.kz"), language = n % 2 == 0 ? "ru" : "kk", insuranceStatus = "insured",
            }), stop);
            if (patient is null)
            {
                return false;
            }

            var patientId = patient.Value.GetProperty("id").GetGuid();
            log.Acks.Add(new Ack(AckKind.Patient, patientId));

            // A retry after a kill carries the same key: the app answers with the case the first attempt opened, if it did.
            var key = Guid.NewGuid().ToString();
            var opened = await UntilAnsweredAsync("clinician", () =>
            {
                var request = Json(HttpMethod.Post, "api/referrals", new
                {
                    patientId, htmcCode = "35.21", diagnosis = "I35.0 Аортальный стеноз", specialistConclusion = "Показано протезирование аортального клапана.",
                });
                request.Headers.Add("Idempotency-Key", key);
                return request;
            }, stop);
            if (opened is null)
            {
                return false;
            }

            var id = opened.Value.GetProperty("id").GetGuid();
            log.Acks.Add(new Ack(AckKind.Create, id, State: "draft", Version: opened.Value.GetProperty("version").GetInt32()));
            var provider = opened.Value.GetProperty("offeredProviders").EnumerateArray()
                .First(p => p.GetProperty("name").GetString()!.Contains("Караганды", StringComparison.Ordinal)).GetProperty("id").GetGuid();
            var path = Path(_random.Next(5) == 0);

            JsonElement? known = opened;
            List<string> missing = [.. Kinds];
            var providerChosen = false;
            string? lostFrom = null;
            while (!stop.IsCancellationRequested)
            {
                if (known is null)
                {
                    known = await UntilAnsweredAsync("clinician", () => new HttpRequestMessage(HttpMethod.Get, "api/referrals/" + id), stop);
                    if (known is null)
                    {
                        return false;
                    }

                    missing = [.. known.Value.GetProperty("missingDocuments").EnumerateArray().Select(k => k.GetString()!)];
                    providerChosen = known.Value.GetProperty("provider").ValueKind != JsonValueKind.Null;
                }

                var state = known.Value.GetProperty("state").GetString()!;
                if (lostFrom is not null)
                {
                    // The case as read after a step's answer was lost: moved on, the step had committed before the kill.
                    log.LostStep(applied: state != lostFrom);
                    lostFrom = null;
                }

                if (state == "draft" && missing.Count > 0)
                {
                    var kind = missing[0];
                    var uploaded = await CallAsync("clinician", () => Upload(id, kind), stop);
                    if (uploaded is { Status: HttpStatusCode.Created } document)
                    {
                        log.Acks.Add(new Ack(AckKind.Document, id, Detail: document.Body.GetProperty("id").GetGuid()));
                        missing.RemoveAt(0);
                    }
                    else
                    {
                        Expect(uploaded, "upload " + kind, id);
                        known = null;
                    }

                    continue;
                }

                if (state == "draft" && !providerChosen)
                {
                    var chosen = await CallAsync("clinician", () => Json(HttpMethod.Put, "api/referrals/" + id + "/provider", new { providerId = provider }), stop);
                    if (chosen is { Status: HttpStatusCode.OK } answer)
                    {
                        log.Acks.Add(new Ack(AckKind.Provider, id, Version: answer.Body.GetProperty("version").GetInt32()));
                        providerChosen = true;
                        known = answer.Body;
                    }
                    else
                    {
                        Expect(chosen, "choose provider", id);
                        known = null;
                    }

                    continue;
                }

                if (state == path[^1].To)
                {
                    return true;
                }

                if (path.FirstOrDefault(p => p.From == state) is not { } step)
                {
                    log.Unexpected.Add($"{id}: state {state} is on no step of the path");
                    return false;
                }

                var version = known.Value.GetProperty("version").GetInt32();
                var moved = await CallAsync(step.Login, () =>
                {
                    var request = Json(HttpMethod.Post, "api/referrals/" + id + "/steps", step.Body);
                    request.Headers.IfMatch.Add(new EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"{version}\"")));
                    return request;
                }, stop);
                if (moved is { Status: HttpStatusCode.OK } done)
                {
                    log.Acks.Add(new Ack(AckKind.Step, id, step.Trigger, done.Body.GetProperty("state").GetString(), done.Body.GetProperty("version").GetInt32()));
                    known = done.Body;
                }
                else
                {
                    // 409 only after a lost request whose step was applied: the case is read again.
                    Expect(moved, step.Trigger, id, HttpStatusCode.Conflict);
                    if (moved is null)
                    {
                        lostFrom = step.From;
                    }

                    known = null;
                }
            }

            return false;
        }

        /// <summary>The steps after the draft: to the patient informed, or (<paramref name="rejected"/>) to the refusal.</summary>
        private static PathStep[] Path(bool rejected)
        {
            var date = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().AddHours(5).AddDays(30).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            PathStep submit = new("clinician", "submit", "draft", "sent-to-commission", new { trigger = "submit" });
            return rejected
                ? [submit, new("commission", "reject", "sent-to-commission", "rejected", new { trigger = "reject", protocolNumber = "П-13", ground = "no-indications", comment = "Нет показаний." })]
                :
                [
                    submit,
                    new("commission", "approve", "sent-to-commission", "approved", new { trigger = "approve", protocolNumber = "П-21" }),
                    new("commission", "register", "approved", "registered", new { trigger = "register" }),
                    new("admission", "accept", "registered", "accepted-by-provider", new { trigger = "accept", hospitalizationDate = date }),
                    new("clinician", "inform", "accepted-by-provider", "patient-informed", new { trigger = "inform", channel = "sms" }),
                ];
        }

        /// <summary>A lost request (null) or one of <paramref name="allowed"/> is expected; anything else is recorded.</summary>
        private void Expect(Answer? answer, string what, Guid id, params HttpStatusCode[] allowed)
        {
            if (answer is { } a && !allowed.Contains(a.Status))
            {
                log.Unexpected.Add($"{what} on {id}: {(int)a.Status} {a.Text}");
            }
        }

        private static HttpRequestMessage Json(HttpMethod method, string path, object body) =>
            new(method, path) { Content = JsonContent.Create(body) };

        private static HttpRequestMessage Upload(Guid id, string kind)
        {
            var file = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            return new HttpRequestMessage(HttpMethod.Post, "api/referrals/" + id + "/documents")
            {
                Content = new MultipartFormDataContent { { new StringContent(kind), "kind" }, { file, "file", kind + ".pdf" } },
            };
        }

        /// <summary>Sends until the app answers (a retry after a kill is safe here: the request is idempotent); a 2xx body, or null when stopped or refused.</summary>
        private async Task<JsonElement?> UntilAnsweredAsync(string login, Func<HttpRequestMessage> build, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                if (await CallAsync(login, build, stop) is { } answer)
                {
                    if ((int)answer.Status is >= 200 and < 300)
                    {
                        return answer.Body;
                    }

                    log.Unexpected.Add($"{build().Method} {build().RequestUri}: {(int)answer.Status} {answer.Text}");
                    return null;
                }
            }

            return null;
        }

        /// <summary>
        /// One request to the process now serving (waiting while it is down), as <paramref name="login"/>; null when the
        /// connection failed (a kill: the outcome is unknown). A 401 (the session did not survive) signs in again and resends.
        /// </summary>
        private async Task<Answer?> CallAsync(string login, Func<HttpRequestMessage> build, CancellationToken stop)
        {
            while (true)
            {
                var baseAddress = await app.UpAsync().WaitAsync(stop);
                try
                {
                    var client = await ClientAsync(login, baseAddress);
                    using var request = build();
                    request.RequestUri = new Uri(baseAddress, request.RequestUri!);
                    using var response = await client.SendAsync(request, CancellationToken.None);
                    var text = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    log.Answer(response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.Unauthorized)
                    {
                        log.SessionLost();
                        _clients.Remove(login);
                        client.Dispose();
                        continue;
                    }

                    if ((int)response.StatusCode >= 500)
                    {
                        log.Unexpected.Add($"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {text}");
                    }

                    return new Answer(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), text);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    log.Lost();
                    return null;
                }
            }
        }

        /// <summary>This user's session as <paramref name="login"/>, signed in on first use.</summary>
        private async Task<HttpClient> ClientAsync(string login, Uri baseAddress)
        {
            if (_clients.TryGetValue(login, out var client))
            {
                return client;
            }

            client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(60) };
            using var response = await client.PostAsJsonAsync(new Uri(baseAddress, "api/account/signin"), new { login, password = E2EFixture.DemoPassword });
            if (!response.IsSuccessStatusCode)
            {
                client.Dispose();
                if ((int)response.StatusCode < 500)
                {
                    log.Unexpected.Add($"sign-in as {login}: {(int)response.StatusCode}");
                }

                throw new HttpRequestException($"sign-in as {login}: {(int)response.StatusCode}");
            }

            _clients[login] = client;
            return client;
        }
    }

    /// <summary>An answer: its status, its JSON (default when empty) and its text.</summary>
    private readonly record struct Answer(HttpStatusCode Status, JsonElement Body, string Text);
}
