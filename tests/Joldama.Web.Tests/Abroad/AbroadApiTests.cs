using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;
using Joldama.Web.Tests.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Abroad;

/// <summary>
/// An abroad case over HTTP under the current scheme, each step by its party with the ETag read as If-Match, on a demo
/// app of its own (its clock is set to the session's day): problem documents in the reader's language, offers compared,
/// the agenda as JSON and CSV, the patient's cabinet.
/// </summary>
public sealed class AbroadApiTests
{
    [Fact]
    public async Task Case_from_the_application_to_the_contract_over_the_API()
    {
        await using var app = await DemoApp.StartAsync();
        var s = new Parties(await app.SessionAsync("clinician"), await app.SessionAsync("secretary"), await app.SessionAsync("abroad"),
            await app.SessionAsync("chief-specialist"), await app.SessionAsync("abroad-commission"));
        var patientId = await new ReferralApi(app).PatientIdAsync(s.Clinician, DemoApp.PatientIin);
        var patient = await app.SignInPatientAsync(DemoApp.PatientIin); // before the case's notices reach the same phone

        // Eligibility first: self-arranged treatment is refused with the seed's place, in Kazakh on request.
        var refused = await Problems.AssertProblemAsync(await app.PostJsonAsync(s.Clinician, "/api/abroad/eligibility?lang=kk",
            new { patientId, category = "citizen", indicationId = "keratoprosthesis", selfArranged = true }), HttpStatusCode.UnprocessableEntity, "abroad.self_arranged");
        Assert.True(Problems.HasKazakhLetter(Problems.Detail(refused)), Problems.Detail(refused));

        var opened = await Problems.ReadJsonAsync(await app.PostJsonAsync(s.Clinician, "/api/abroad/cases",
            new { patientId, category = "citizen", indicationId = "keratoprosthesis", diagnosis = "H18.9 Помутнение роговицы" }), HttpStatusCode.Created);
        var id = opened.GetProperty("id").GetGuid();
        Assert.Equal(("in-progress", 1, "medical-organization"), (opened.GetProperty("status").GetString(), Current(opened).GetProperty("number").GetInt32(),
            Current(opened).GetProperty("actor").GetString()));
        Assert.Equal(["id-copy", "medical-record-extract"], Current(opened).GetProperty("missingDocuments").EnumerateArray().Select(d => d.GetString()));

        var incomplete = await Problems.AssertProblemAsync(await StepAsync(app, s.Clinician, id, new { step = 1 }, "ru"), HttpStatusCode.UnprocessableEntity, "abroad.step_incomplete");
        Assert.Equal("id-copy,medical-record-extract", incomplete.GetProperty("args").GetProperty("documents").GetString());
        await UploadAsync(app, s.Clinician, id, "id-copy", "medical-record-extract");
        var (afterOne, etag) = await StepOkAsync(app, s.Clinician, id, new { step = 1 }, Version(opened) + 2); // two uploads since it was read
        Assert.Equal("health-department", Current(afterOne).GetProperty("actor").GetString());

        // A stale If-Match is refused; the right one passes.
        await UploadAsync(app, s.Secretary, id, "petition", "medical-conclusion");
        await Problems.AssertProblemAsync(await StepAsync(app, s.Secretary, id, new { step = 2 }, "ru", etag), HttpStatusCode.Conflict, "abroad.changed_meanwhile");
        await Problems.AssertProblemAsync(await StepAsync(app, s.ChiefSpecialist, id, new { step = 2 }, "ru"), HttpStatusCode.Forbidden, "abroad.step_not_permitted");
        await StepOkAsync(app, s.Secretary, id, new { step = 2 });
        await StepOkAsync(app, s.WorkingBody, id, new { step = 3 });
        await UploadAsync(app, s.ChiefSpecialist, id, "expediency-conclusion");
        await StepOkAsync(app, s.ChiefSpecialist, id, new { step = 4, expedient = true });

        var germany = await OfferAsync(app, s.WorkingBody, id, "Universitätsklinikum Essen", "DE");
        var korea = await OfferAsync(app, s.WorkingBody, id, "Asan Medical Center", "KR");
        await Problems.AssertProblemAsync(await app.PostJsonAsync(s.WorkingBody, $"/api/abroad/cases/{id}/offers", new { clinicName = "X", country = "XX" }),
            HttpStatusCode.BadRequest, "input.invalid");
        await StepOkAsync(app, s.WorkingBody, id, new { step = 5 });
        await AnswerAsync(app, s.WorkingBody, id, germany, new { program = "Кератопротезирование", currency = "EUR", amount = 30000.00m });
        await AnswerAsync(app, s.WorkingBody, id, korea, new { program = "Кератопротезирование", currency = "USD", amount = 27500.00m });
        await StepOkAsync(app, s.WorkingBody, id, new { step = 6 });
        var (waiting, _) = await StepOkAsync(app, s.WorkingBody, id, new { step = 7 });
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("session").ValueKind);
        Assert.Contains("session-held", Current(waiting).GetProperty("missing").EnumerateArray().Select(m => m.GetString()));

        // The session of today (Mon 2 Mar 2026) takes the case; its agenda lists it with the offers compared.
        await Problems.AssertProblemAsync(await app.PostJsonAsync(s.Clinician, "/api/abroad/sessions", new { date = "2026-03-02", kind = "regular" }), HttpStatusCode.Forbidden, "access.denied");
        var session = await Problems.ReadJsonAsync(await app.PostJsonAsync(s.WorkingBody, "/api/abroad/sessions", new { date = "2026-03-02", kind = "regular" }), HttpStatusCode.Created);
        var sessionId = session.GetProperty("id").GetGuid();
        var agenda = await Problems.ReadJsonAsync(await app.GetAsync(s.Commission, $"/api/abroad/sessions/{sessionId}/agenda"));
        var item = Assert.Single(agenda.GetProperty("items").EnumerateArray());
        Assert.Equal(["EUR", "USD"], item.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("currency").GetString()));
        using (var csv = await app.GetAsync(s.Commission, $"/api/abroad/sessions/{sessionId}/agenda.csv?lang=ru"))
        {
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
            Assert.Contains("Universitätsklinikum Essen", text, StringComparison.Ordinal);
            Assert.Contains("30000.00", text, StringComparison.Ordinal);
            Assert.Equal(3, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // the header and one line per offer
        }

        await StepOkAsync(app, s.Commission, id, new { step = 8, offerId = korea, patientAgreed = true, protocolNumber = "П-3/2026" });
        await UploadAsync(app, s.WorkingBody, id, "contract");
        var (done, _) = await StepOkAsync(app, s.WorkingBody, id, new { step = 9, contractNumber = "Д-15", contractDate = "2026-03-02", contractAmount = 27500m });
        Assert.Equal(("contracted", "USD"), (done.GetProperty("status").GetString(), done.GetProperty("contract").GetProperty("currency").GetString()));
        Assert.All(done.GetProperty("steps").EnumerateArray(), step => Assert.Equal("done", step.GetProperty("state").GetString()));

        // The patient sees the case in the cabinet, with the clinic selected.
        var cabinet = await Problems.ReadJsonAsync(await app.GetAsync(patient, "/api/abroad/cabinet"));
        var own = Assert.Single(cabinet.EnumerateArray());
        Assert.Equal(("contracted", "Asan Medical Center"), (own.GetProperty("status").GetString(), own.GetProperty("clinic").GetString()));
        await using var db = app.Db();
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "abroad.cabinet_read"));
    }

    private sealed record Parties(Session Clinician, Session Secretary, Session WorkingBody, Session ChiefSpecialist, Session Commission);

    private static JsonElement Current(JsonElement json) => json.GetProperty("current");

    private static int Version(JsonElement json) => json.GetProperty("version").GetInt32();

    private static async Task<HttpResponseMessage> StepAsync(DemoApp app, Session session, Guid id, object body, string lang = "ru", string? ifMatch = null)
    {
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/abroad/cases/{id}/steps?lang={lang}", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Cookie", $"{DemoApp.SessionCookie}={session.Cookie}");
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private static async Task<(JsonElement Case, string ETag)> StepOkAsync(DemoApp app, Session session, Guid id, object body, int? version = null)
    {
        using var response = await StepAsync(app, session, id, body, ifMatch: version is { } v ? $"\"{v}\"" : null);
        var json = await Problems.ReadJsonAsync(response);
        return (json, ReferralApi.ETagOf(response));
    }

    private static async Task UploadAsync(DemoApp app, Session session, Guid id, params string[] kinds)
    {
        foreach (var kind in kinds)
        {
            var form = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
            var file = new ByteArrayContent(ReferralApi.Pdf);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
            form.Add(file, "file", kind + ".pdf");
            await Problems.ReadJsonAsync(await app.SendAsync(session, HttpMethod.Post, $"/api/abroad/cases/{id}/documents", form), HttpStatusCode.Created);
        }
    }

    private static async Task<Guid> OfferAsync(DemoApp app, Session session, Guid id, string clinic, string country) =>
        (await Problems.ReadJsonAsync(await app.PostJsonAsync(session, $"/api/abroad/cases/{id}/offers", new { clinicName = clinic, country }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    private static async Task AnswerAsync(DemoApp app, Session session, Guid id, Guid offer, object body) =>
        await Problems.ReadJsonAsync(await app.SendAsync(session, HttpMethod.Put, $"/api/abroad/cases/{id}/offers/{offer}", JsonContent.Create(body)));
}
