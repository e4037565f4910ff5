using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Referrals;

/// <summary>The referral API as a test drives it: patients, cases, package files, steps with If-Match.</summary>
internal sealed class ReferralApi(DemoApp app)
{
    public const string Code = "35.21"; // the demo seed's DemoReferralData.Code

    /// <summary>A minimal PDF: what makes it one is its first bytes ("%PDF-").</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static readonly string[] Kinds = ["identity-document", "hospitalization-referral", "medical-record-extract", "diagnostic-results"];

    public DemoApp App => app;

    /// <summary>Registers a new patient with a fresh IIN at the clinician's clinic; returns the patient's id and IIN.</summary>
    public async Task<(Guid Id, string Iin)> NewPatientAsync(Session clinician, string insurance = "insured")
    {
        var iin = Fresh.Iin();
        var json = await Problems.ReadJsonAsync(await app.PostJsonAsync(clinician, "/api/patients",
            new { iin, lastName = "Тестов", firstName = "Арман", phone = "+7 701 555 00 11", language = "ru", insuranceStatus = insurance }), HttpStatusCode.Created);
        return (json.GetProperty("id").GetGuid(), iin);
    }

    public async Task<Guid> PatientIdAsync(Session session, string iin) =>
        (await Problems.ReadJsonAsync(await app.PostJsonAsync(session, "/api/patients/find", new { iin }))).GetProperty("id").GetGuid();

    public Task<HttpResponseMessage> OpenAsync(Session clinician, Guid patientId, string? idempotencyKey = null, string code = Code)
    {
        var content = JsonContent.Create(new { patientId, htmcCode = code, diagnosis = "I25.1 Атеросклеротическая болезнь сердца", specialistConclusion = "Показана ВТМП (заключение кардиолога)" });
        return SendAsync(clinician, HttpMethod.Post, "/api/referrals", content, r =>
        {
            if (idempotencyKey is not null)
            {
                r.Headers.Add("Idempotency-Key", idempotencyKey);
            }
        });
    }

    public async Task<JsonElement> OpenCaseAsync(Session clinician, Guid patientId) =>
        await Problems.ReadJsonAsync(await OpenAsync(clinician, patientId), HttpStatusCode.Created);

    public Task<HttpResponseMessage> UploadAsync(Session session, Guid caseId, string kind, byte[] bytes, string fileName, string declaredType = "application/octet-stream")
    {
        var form = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        form.Add(file, "file", fileName);
        return app.SendAsync(session, HttpMethod.Post, $"/api/referrals/{caseId}/documents", form);
    }

    /// <summary>All four §34 documents (PDFs and one PNG).</summary>
    public async Task UploadPackageAsync(Session clinician, Guid caseId)
    {
        foreach (var kind in Kinds)
        {
            var png = kind == "identity-document";
            using var response = await UploadAsync(clinician, caseId, kind, png ? Png : Pdf, png ? "passport.png" : kind + ".pdf", png ? "image/png" : "application/pdf");
            await Problems.ReadJsonAsync(response, HttpStatusCode.Created);
        }
    }

    public Task<HttpResponseMessage> ChooseAsync(Session clinician, Guid caseId, Guid providerId, string? ifMatch = null) =>
        SendAsync(clinician, HttpMethod.Put, $"/api/referrals/{caseId}/provider", JsonContent.Create(new { providerId }), r => IfMatch(r, ifMatch));

    public Task<HttpResponseMessage> StepAsync(Session session, Guid caseId, object step, string? ifMatch = null) =>
        SendAsync(session, HttpMethod.Post, $"/api/referrals/{caseId}/steps", JsonContent.Create(step), r => IfMatch(r, ifMatch));

    /// <summary>A step that must succeed; returns the case and its ETag.</summary>
    public async Task<(JsonElement Case, string ETag)> StepOkAsync(Session session, Guid caseId, object step, string? ifMatch = null)
    {
        using var response = await StepAsync(session, caseId, step, ifMatch);
        var json = await Problems.ReadJsonAsync(response);
        return (json, ETagOf(response));
    }

    public async Task<(JsonElement Case, string ETag)> GetAsync(Session session, Guid caseId)
    {
        using var response = await app.GetAsync(session, $"/api/referrals/{caseId}");
        return (await Problems.ReadJsonAsync(response), ETagOf(response));
    }

    /// <summary>A draft of a new patient with its package complete and the karaganda provider chosen, then sent to the commission.</summary>
    public async Task<Guid> SubmittedCaseAsync(Session clinician, Guid? patientId = null)
    {
        var patient = patientId ?? (await NewPatientAsync(clinician)).Id;
        var id = (await OpenCaseAsync(clinician, patient)).GetProperty("id").GetGuid();
        await UploadPackageAsync(clinician, id);
        await Problems.ReadJsonAsync(await ChooseAsync(clinician, id, await ProviderAsync()));
        await StepOkAsync(clinician, id, new { trigger = "submit" });
        return id;
    }

    /// <summary>A submitted case taken through the commission and the provider to its discharge (§41) today, by the parties the table names.</summary>
    public async Task<Guid> DischargedCaseAsync(Session clinician)
    {
        var (commission, admission) = (await app.SessionAsync("commission"), await app.SessionAsync("admission"));
        var id = await SubmittedCaseAsync(clinician);
        await StepOkAsync(commission, id, new { trigger = "approve", protocolNumber = "П-42/2026" });
        await StepOkAsync(commission, id, new { trigger = "register" });
        await StepOkAsync(admission, id, new { trigger = "accept", hospitalizationDate = "2026-03-16" });
        await StepOkAsync(clinician, id, new { trigger = "inform", channel = "sms" });
        await StepOkAsync(admission, id, new { trigger = "admit" });
        await StepOkAsync(admission, id, new { trigger = "discharge", dischargeSummary = "Стентирование выполнено", followUpPlan = "Контроль через месяц" });
        return id;
    }

    public Task<HttpResponseMessage> RecordFollowUpAsync(Session session, Guid caseId, string kind, string on, string? note = null, string lang = "ru") =>
        app.PostJsonAsync(session, $"/api/referrals/{caseId}/follow-ups?lang={lang}", new { kind, on, note });

    /// <summary>The karaganda provider (a valid conclusion for 35.21 in the demo).</summary>
    public async Task<Guid> ProviderAsync() => (await app.SessionAsync("admission")).OrganizationId;

    public static string ETagOf(HttpResponseMessage response) =>
        response.Headers.ETag?.Tag ?? throw new InvalidOperationException($"No ETag ({(int)response.StatusCode}).");

    public static string Version(JsonElement json) =>
        $"\"{json.GetProperty("version").GetInt32().ToString(CultureInfo.InvariantCulture)}\"";

    private async Task<HttpResponseMessage> SendAsync(Session session, HttpMethod method, string url, HttpContent content, Action<HttpRequestMessage> headers)
    {
        using var client = app.Client();
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        request.Headers.Add("Cookie", $"{DemoApp.SessionCookie}={session.Cookie}");
        headers(request);
        return await client.SendAsync(request);
    }

    private static void IfMatch(HttpRequestMessage request, string? etag)
    {
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
    }
}
