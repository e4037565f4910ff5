using System.Net;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Referrals;

/// <summary>
/// Who sees a case (issue 5): the clinic its patients', the commission its region's, the provider those addressed to it,
/// the patient only their own — everyone else gets 404, as if the case did not exist. And the patient's cabinet (§37, §39).
/// </summary>
public sealed class ReferralReachApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private ReferralApi Api => new(fixture.App);

    [Fact]
    public async Task GetCase_OtherRegionsClinicOtherProviderOtherPatient_404()
    {
        var app = fixture.App;
        var clinician = await app.SessionAsync("clinician");
        var id = await RegisteredCaseOfDemoPatientAsync();

        foreach (var login in new[] { "clinician-2", "commission-2", "admission-2", "hospital-doctor" })
        {
            await Problems.AssertProblemAsync(await app.GetAsync(await app.SessionAsync(login), $"/api/referrals/{id}"), HttpStatusCode.NotFound, "referral.not_found");
        }

        await Problems.AssertProblemAsync(await app.GetAsync(await app.SessionAsync("patient-2"), $"/api/cabinet/referrals/{id}"), HttpStatusCode.NotFound, "referral.not_found");
        foreach (var login in new[] { "clinician", "commission", "admission", "analyst" })
        {
            Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(await app.SessionAsync(login), $"/api/referrals/{id}")).StatusCode);
        }

        var own = await Problems.ReadJsonAsync(await app.GetAsync(await app.SessionAsync("patient"), $"/api/cabinet/referrals/{id}"));
        Assert.All(own.GetProperty("transitions").EnumerateArray(), t => Assert.Equal(string.Empty, t.GetProperty("actorLogin").GetString())); // staff logins stay with staff

        var documentId = (await Api.GetAsync(clinician, id)).Case.GetProperty("documents")[0].GetProperty("id").GetGuid();
        await Problems.AssertProblemAsync(await app.GetAsync(await app.SessionAsync("clinician-2"), $"/api/referrals/{id}/documents/{documentId}"),
            HttpStatusCode.NotFound, "referral.document_not_found");
    }

    [Fact]
    public async Task GetCase_Draft_OnlyTheSender()
    {
        var app = fixture.App;
        var clinician = await app.SessionAsync("clinician");
        var id = (await Api.OpenCaseAsync(clinician, await Api.PatientIdAsync(clinician, DemoApp.PatientIin))).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(clinician, $"/api/referrals/{id}")).StatusCode);
        foreach (var login in new[] { "commission", "admission" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync(await app.SessionAsync(login), $"/api/referrals/{id}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync(await app.SessionAsync("patient"), $"/api/cabinet/referrals/{id}")).StatusCode);
    }

    [Fact]
    public async Task Cabinet_Patient_OnlyOwnCasesWithNumberProviderAndSection37Ways()
    {
        var app = fixture.App;
        var id = await RegisteredCaseOfDemoPatientAsync();
        var clinician = await app.SessionAsync("clinician");
        var other = await Api.SubmittedCaseAsync(clinician); // another patient's case of the same clinic

        var cabinet = await Problems.ReadJsonAsync(await app.GetAsync(await app.SessionAsync("patient"), "/api/cabinet?lang=ru"));

        var cases = cabinet.GetProperty("cases").EnumerateArray().ToList();
        Assert.Contains(cases, c => c.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(cases, c => c.GetProperty("id").GetGuid() == other);
        var mine = cases.Single(c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal("registered", mine.GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(mine.GetProperty("number").GetString()));
        var provider = mine.GetProperty("provider").GetProperty("name").GetString()!;
        Assert.Contains("Караганды", provider, StringComparison.Ordinal);
        var ways = mine.GetProperty("howToGetReferral").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(3, ways.Count);
        Assert.Contains(provider, ways[1], StringComparison.Ordinal);
        Assert.Contains(cabinet.GetProperty("messages").EnumerateArray(), m => m.GetProperty("referralId").GetGuid() == id && m.GetProperty("topic").GetString() == "referral.registered");

        var second = await Problems.ReadJsonAsync(await app.GetAsync(await app.SessionAsync("patient-2"), "/api/cabinet"));
        Assert.DoesNotContain(second.GetProperty("cases").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(second.GetProperty("messages").EnumerateArray(), m => m.GetProperty("referralId").GetGuid() == id);
    }

    [Fact]
    public async Task Cabinet_Staff_403()
    {
        var app = fixture.App;

        await Problems.AssertProblemAsync(await app.GetAsync(await app.SessionAsync("clinician"), "/api/cabinet"), HttpStatusCode.Forbidden, "access.denied");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync(null, "/api/cabinet")).StatusCode);
    }

    [Fact]
    public async Task Patients_OtherClinicsPatient_NotFoundAndNotChangeable()
    {
        var app = fixture.App;
        var clinician2 = await app.SessionAsync("clinician-2");

        await Problems.AssertProblemAsync(await app.PostJsonAsync(clinician2, "/api/patients/find", new { iin = DemoApp.PatientIin }), HttpStatusCode.NotFound, "patient.not_found");
        await Problems.AssertProblemAsync(await app.PostJsonAsync(clinician2, "/api/patients", new { iin = DemoApp.PatientIin, lastName = "Чужой", firstName = "Пациент" }),
            HttpStatusCode.Conflict, "patient.attached_elsewhere");
    }

    [Fact]
    public async Task SavePatient_KnownIin_UpdatesTheOneRecord()
    {
        var app = fixture.App;
        var clinician = await app.SessionAsync("clinician");
        var (id, iin) = await Api.NewPatientAsync(clinician);

        var updated = await Problems.ReadJsonAsync(await app.PostJsonAsync(clinician, "/api/patients", new { iin, lastName = "Тестова", firstName = "Айым", phone = "87017778899" }));

        Assert.Equal(id, updated.GetProperty("id").GetGuid());
        Assert.Equal("+77017778899", updated.GetProperty("phone").GetString());
        Assert.Equal("Тестова", (await Problems.ReadJsonAsync(await app.GetAsync(clinician, $"/api/patients/{id}"))).GetProperty("lastName").GetString());
    }

    /// <summary>A case of the demo patient (IIN 900101300017) registered to the karaganda provider.</summary>
    private async Task<Guid> RegisteredCaseOfDemoPatientAsync()
    {
        var app = fixture.App;
        var clinician = await app.SessionAsync("clinician");
        var id = await Api.SubmittedCaseAsync(clinician, await Api.PatientIdAsync(clinician, DemoApp.PatientIin));
        var commission = await app.SessionAsync("commission");
        await Api.StepOkAsync(commission, id, new { trigger = "approve", protocolNumber = "П-20" });
        await Api.StepOkAsync(commission, id, new { trigger = "register" });
        return id;
    }
}
