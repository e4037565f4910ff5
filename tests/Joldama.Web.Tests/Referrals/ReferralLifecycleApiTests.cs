using System.Net;
using System.Text.Json;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Referrals;

/// <summary>
/// A referral over HTTP from the package to the end of follow-up (seed 001 §31–42), each step by the party the table
/// names, each with the ETag of the step before as If-Match.
/// </summary>
public sealed class ReferralLifecycleApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private ReferralApi Api => new(fixture.App);

    [Fact]
    public async Task Lifecycle_ClinicToClose_EveryStepRecordedAndTheCaseClosed()
    {
        var app = fixture.App;
        var (clinician, commission, admission) = (await app.SessionAsync("clinician"), await app.SessionAsync("commission"), await app.SessionAsync("admission"));
        var (patientId, _) = await Api.NewPatientAsync(clinician);

        // A retried POST with the same Idempotency-Key: the same case, 201 then 200, one row.
        var key = "lifecycle-" + Guid.NewGuid().ToString("N");
        var first = await Problems.ReadJsonAsync(await Api.OpenAsync(clinician, patientId, key), HttpStatusCode.Created);
        var retried = await Problems.ReadJsonAsync(await Api.OpenAsync(clinician, patientId, key));
        var id = first.GetProperty("id").GetGuid();
        Assert.Equal(id, retried.GetProperty("id").GetGuid());
        await using (var db = app.Db())
        {
            Assert.Equal(1, await db.ReferralCases.CountAsync(c => c.PatientId == patientId));
        }

        Assert.Equal("draft", first.GetProperty("state").GetString());
        Assert.Equal(ReferralApi.Kinds, first.GetProperty("missingDocuments").EnumerateArray().Select(k => k.GetString()));
        Assert.True(first.GetProperty("funding").GetProperty("covered").GetBoolean(), first.ToString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("fundingWarning").ValueKind);
        var offered = first.GetProperty("offeredProviders").EnumerateArray().ToList();
        Assert.Equal(2, offered.Count); // §31 ¶2: the karaganda provider and the national cardiac centre
        Assert.All(offered, o => Assert.False(string.IsNullOrWhiteSpace(o.GetProperty("name").GetString())));

        await Api.UploadPackageAsync(clinician, id);
        var (withPackage, etag) = await Api.GetAsync(clinician, id);
        Assert.Empty(withPackage.GetProperty("missingDocuments").EnumerateArray());
        Assert.Equal(4, withPackage.GetProperty("documents").GetArrayLength());
        Assert.Equal(ReferralApi.Version(withPackage), etag);

        using (var chosen = await Api.ChooseAsync(clinician, id, await Api.ProviderAsync(), etag))
        {
            var json = await Problems.ReadJsonAsync(chosen);
            Assert.Equal(await Api.ProviderAsync(), json.GetProperty("provider").GetProperty("id").GetGuid());
            etag = ReferralApi.ETagOf(chosen);
        }

        // §35.1: the commission has 2 working days from receipt (Monday 2 March 2026 → Wednesday 4 March).
        var (sent, e1) = await Api.StepOkAsync(clinician, id, new { trigger = "submit" }, etag);
        Assert.Equal("sent-to-commission", sent.GetProperty("state").GetString());
        Assert.Equal("commission-review", sent.GetProperty("deadline").GetProperty("kind").GetString());
        Assert.Equal("2026-03-04", sent.GetProperty("deadline").GetProperty("dueOn").GetString());
        Assert.Equal("open", sent.GetProperty("deadline").GetProperty("due").GetString());

        var (approved, e2) = await Api.StepOkAsync(commission, id, new { trigger = "approve", protocolNumber = "П-17/2026" }, e1);
        Assert.Equal("П-17/2026", approved.GetProperty("protocolNumber").GetString());
        var (registered, e3) = await Api.StepOkAsync(commission, id, new { trigger = "register" }, e2);
        Assert.False(string.IsNullOrEmpty(registered.GetProperty("number").GetString()));
        var (accepted, e4) = await Api.StepOkAsync(admission, id, new { trigger = "accept", hospitalizationDate = "2026-03-16" }, e3);
        Assert.Equal("2026-03-16", accepted.GetProperty("hospitalizationDate").GetString());
        var (informed, e5) = await Api.StepOkAsync(clinician, id, new { trigger = "inform", channel = "sms" }, e4);
        Assert.Equal("sms", informed.GetProperty("informChannel").GetString());
        var (_, e6) = await Api.StepOkAsync(admission, id, new { trigger = "admit" }, e5);
        var (discharged, e7) = await Api.StepOkAsync(admission, id, new { trigger = "discharge", dischargeSummary = "Стентирование выполнено", followUpPlan = "Контроль у кардиолога через 1 месяц" }, e6);
        Assert.Equal("discharged", discharged.GetProperty("state").GetString());
        var (_, e8) = await Api.StepOkAsync(clinician, id, new { trigger = "start-follow-up" }, e7);
        var (closed, _) = await Api.StepOkAsync(clinician, id, new { trigger = "close" }, e8);

        Assert.Equal("closed", closed.GetProperty("state").GetString());
        var path = closed.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("trigger").GetString()).ToList();
        Assert.Equal(["submit", "approve", "register", "accept", "inform", "admit", "discharge", "start-follow-up", "close"], path);
        Assert.Equal("commission", closed.GetProperty("transitions")[1].GetProperty("actorKind").GetString());
        Assert.Equal("П-17/2026", closed.GetProperty("transitions")[1].GetProperty("values").GetProperty("protocolNumber").GetString());
    }

    [Fact]
    public async Task Download_UploadedPng_SameBytesStoredTypeAttachmentNoSniff()
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var id = (await Api.OpenCaseAsync(clinician, (await Api.NewPatientAsync(clinician)).Id)).GetProperty("id").GetGuid();
        var document = await Problems.ReadJsonAsync(await Api.UploadAsync(clinician, id, "identity-document", ReferralApi.Png, "../../passport", "application/pdf"), HttpStatusCode.Created);

        using var response = await fixture.App.GetAsync(clinician, $"/api/referrals/{id}/documents/{document.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReferralApi.Png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType); // by content, not as declared
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("passport.png", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task DeleteDocument_Draft_NoContentAndMissingAgain()
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var id = (await Api.OpenCaseAsync(clinician, (await Api.NewPatientAsync(clinician)).Id)).GetProperty("id").GetGuid();
        var document = await Problems.ReadJsonAsync(await Api.UploadAsync(clinician, id, "diagnostic-results", ReferralApi.Pdf, "ecg.pdf"), HttpStatusCode.Created);

        using var deleted = await fixture.App.SendAsync(clinician, HttpMethod.Delete, $"/api/referrals/{id}/documents/{document.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var (json, _) = await Api.GetAsync(clinician, id);
        Assert.Contains("diagnostic-results", json.GetProperty("missingDocuments").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Create_UninsuredPatient_PaidAndFundingWarningShown()
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var (patient, _) = await Api.NewPatientAsync(clinician, insurance: "uninsured");

        var json = await Api.OpenCaseAsync(clinician, patient);

        // 35.21 planned is in Table 3 (ОСМС): an uninsured patient pays (п. 8).
        Assert.False(json.GetProperty("funding").GetProperty("covered").GetBoolean());
        Assert.Equal("paid", json.GetProperty("funding").GetProperty("stream").GetString());
        Assert.Contains("п. 8", json.GetProperty("fundingWarning").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worklist_Commission_SubmittedCaseListedWithItsDeadline()
    {
        var app = fixture.App;
        var id = await Api.SubmittedCaseAsync(await app.SessionAsync("clinician"));

        var rows = await Problems.ReadJsonAsync(await app.GetAsync(await app.SessionAsync("commission"), "/api/referrals/worklist?open=true&page=1"));

        var row = rows.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("sent-to-commission", row.GetProperty("state").GetString());
        Assert.Equal("open", row.GetProperty("due").GetString());
        var dues = rows.EnumerateArray().Select(r => r.GetProperty("dueOn").GetString()).Where(d => d is not null).ToList();
        Assert.Equal(dues.Order(StringComparer.Ordinal), dues);
    }

    [Fact]
    public async Task Search_ByIinInBody_FindsTheCase()
    {
        var app = fixture.App;
        var clinician = await app.SessionAsync("clinician");
        var (patient, iin) = await Api.NewPatientAsync(clinician);
        var id = (await Api.OpenCaseAsync(clinician, patient)).GetProperty("id").GetGuid();

        var rows = await Problems.ReadJsonAsync(await app.PostJsonAsync(clinician, "/api/referrals/search", new { iin }));

        Assert.Equal(id, Assert.Single(rows.EnumerateArray()).GetProperty("id").GetGuid());
    }
}
