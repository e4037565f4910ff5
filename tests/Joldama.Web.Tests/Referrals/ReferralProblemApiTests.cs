using System.Net;
using System.Text;
using Joldama.Domain.Referrals.Package;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Referrals;

/// <summary>Every bad input to the referral API is a problem document with a stable code in the reader's language; never a 500.</summary>
public sealed class ReferralProblemApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private ReferralApi Api => new(fixture.App);

    [Theory]
    [InlineData("900101300018", "identifier.check_digit_mismatch")]
    [InlineData("90010130001", "identifier.wrong_length")]
    [InlineData("9001013000ab", "identifier.not_digits")]
    public async Task SavePatient_InvalidIin_400(string iin, string code)
    {
        var clinician = await fixture.App.SessionAsync("clinician");

        var problem = await Problems.AssertProblemAsync(
            await fixture.App.PostJsonAsync(clinician, "/api/patients", new { iin, lastName = "Тестов", firstName = "Арман" }), HttpStatusCode.BadRequest, code);

        Assert.DoesNotContain("500", problem.GetProperty("status").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindPatient_InvalidIin_400InKazakh()
    {
        var clinician = await fixture.App.SessionAsync("clinician");

        var problem = await Problems.AssertProblemAsync(
            await fixture.App.PostJsonAsync(clinician, "/api/patients/find?lang=kk", new { iin = "123" }), HttpStatusCode.BadRequest, "identifier.wrong_length");

        Assert.True(Problems.HasKazakhLetter(Problems.Detail(problem)), Problems.Detail(problem));
    }

    [Fact]
    public async Task Submit_PackageIncomplete_422NamingTheMissingDocuments()
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var id = (await Api.OpenCaseAsync(clinician, (await Api.NewPatientAsync(clinician)).Id)).GetProperty("id").GetGuid();
        await Problems.ReadJsonAsync(await Api.UploadAsync(clinician, id, "identity-document", ReferralApi.Png, "passport.png"), HttpStatusCode.Created);

        var problem = await Problems.AssertProblemAsync(await Api.StepAsync(clinician, id, new { trigger = "submit" }), HttpStatusCode.UnprocessableEntity, "referral.package_incomplete");

        Assert.Contains("MedicalRecordExtract", problem.GetProperty("args").GetProperty("missing").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NotPdfOrImage_400FileType()
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var id = (await Api.OpenCaseAsync(clinician, (await Api.NewPatientAsync(clinician)).Id)).GetProperty("id").GetGuid();

        await Problems.AssertProblemAsync(await Api.UploadAsync(clinician, id, "diagnostic-results", Encoding.UTF8.GetBytes("MZ not a pdf"), "results.pdf", "application/pdf"),
            HttpStatusCode.BadRequest, "referral.file_type");
    }

    [Theory]
    [InlineData(PackageFileRules.MaxBytes + 1)]
    [InlineData(PackageFileRules.MaxBytes + (3 * 1024 * 1024))]
    public async Task Upload_Oversized_400FileTooLargeNotA413(long size)
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var id = (await Api.OpenCaseAsync(clinician, (await Api.NewPatientAsync(clinician)).Id)).GetProperty("id").GetGuid();
        var big = new byte[size];
        ReferralApi.Pdf.CopyTo(big, 0);

        var problem = await Problems.AssertProblemAsync(await Api.UploadAsync(clinician, id, "diagnostic-results", big, "scan.pdf", "application/pdf"),
            HttpStatusCode.BadRequest, "referral.file_too_large");

        Assert.Equal("10.0", problem.GetProperty("args").GetProperty("limit").GetString());
    }

    [Fact]
    public async Task Upload_UnknownKindOrNoFile_400InputInvalid()
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var id = (await Api.OpenCaseAsync(clinician, (await Api.NewPatientAsync(clinician)).Id)).GetProperty("id").GetGuid();

        var kind = await Problems.AssertProblemAsync(await Api.UploadAsync(clinician, id, "selfie", ReferralApi.Png, "me.png"), HttpStatusCode.BadRequest, "input.invalid");
        Assert.Equal("kind", kind.GetProperty("args").GetProperty("field").GetString());
        var form = new MultipartFormDataContent { { new StringContent("identity-document"), "kind" } };
        var file = await Problems.AssertProblemAsync(await fixture.App.SendAsync(clinician, HttpMethod.Post, $"/api/referrals/{id}/documents", form),
            HttpStatusCode.BadRequest, "input.invalid");
        Assert.Equal("file", file.GetProperty("args").GetProperty("field").GetString());
        using var json = await fixture.App.PostJsonAsync(clinician, $"/api/referrals/{id}/documents", new { kind = "identity-document" });
        await Problems.AssertProblemAsync(json, HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
    }

    [Fact]
    public async Task Decide_WrongState_409TransitionNotAllowed()
    {
        var app = fixture.App;
        var clinician = await app.SessionAsync("clinician");
        var id = await Api.SubmittedCaseAsync(clinician);
        var commission = await app.SessionAsync("commission");
        await Api.StepOkAsync(commission, id, new { trigger = "approve", protocolNumber = "П-9" });

        var problem = await Problems.AssertProblemAsync(await Api.StepAsync(commission, id, new { trigger = "reject", protocolNumber = "П-9", ground = "no-indications", comment = "x" }),
            HttpStatusCode.Conflict, "referral.transition_not_allowed");

        Assert.Equal("Approved", problem.GetProperty("args").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Accept_HospitalizationDateInThePast_422()
    {
        var app = fixture.App;
        var id = await Api.SubmittedCaseAsync(await app.SessionAsync("clinician"));
        var commission = await app.SessionAsync("commission");
        await Api.StepOkAsync(commission, id, new { trigger = "approve", protocolNumber = "П-10" });
        await Api.StepOkAsync(commission, id, new { trigger = "register" });

        var problem = await Problems.AssertProblemAsync(await Api.StepAsync(await app.SessionAsync("admission"), id, new { trigger = "accept", hospitalizationDate = "2026-02-27" }),
            HttpStatusCode.UnprocessableEntity, "referral.hospitalization_date_in_past");

        Assert.Equal("2026-02-27", problem.GetProperty("args").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Step_RoleMayNotMakeIt_403StepNotPermitted()
    {
        var app = fixture.App;
        var id = await Api.SubmittedCaseAsync(await app.SessionAsync("clinician"));

        // The analyst sees the region's cases but acts in no step; the clinic may not decide.
        await Problems.AssertProblemAsync(await Api.StepAsync(await app.SessionAsync("analyst"), id, new { trigger = "approve", protocolNumber = "П-1" }),
            HttpStatusCode.Forbidden, "referral.step_not_permitted");
        await Problems.AssertProblemAsync(await Api.StepAsync(await app.SessionAsync("clinician"), id, new { trigger = "approve", protocolNumber = "П-1" }),
            HttpStatusCode.Forbidden, "referral.actor_not_allowed");
        await Problems.AssertProblemAsync(await Api.StepAsync(await app.SessionAsync("clinician-2"), id, new { trigger = "cancel", cancellationReason = "patient-declined" }),
            HttpStatusCode.NotFound, "referral.not_found");
    }

    [Theory]
    [InlineData("/api/referrals")]
    [InlineData("/api/patients")]
    [InlineData("/api/referrals/search")]
    public async Task Post_MalformedJson_400RequestMalformed(string url)
    {
        var clinician = await fixture.App.SessionAsync("clinician");

        using var response = await fixture.App.SendAsync(clinician, HttpMethod.Post, url, new StringContent("{\"patientId\": ", Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task Step_MalformedIfMatchOrUnknownTrigger_400InputInvalid()
    {
        var app = fixture.App;
        var id = await Api.SubmittedCaseAsync(await app.SessionAsync("clinician"));
        var commission = await app.SessionAsync("commission");

        var ifMatch = await Problems.AssertProblemAsync(await Api.StepAsync(commission, id, new { trigger = "approve", protocolNumber = "П-1" }, "version-3"),
            HttpStatusCode.BadRequest, "input.invalid");
        Assert.Equal("If-Match", ifMatch.GetProperty("args").GetProperty("field").GetString());
        var trigger = await Problems.AssertProblemAsync(await Api.StepAsync(commission, id, new { trigger = "teleport" }), HttpStatusCode.BadRequest, "input.invalid");
        Assert.Equal("trigger", trigger.GetProperty("args").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Create_CodeMalformedOrPatientUnknown_Problems()
    {
        var clinician = await fixture.App.SessionAsync("clinician");
        var (patient, _) = await Api.NewPatientAsync(clinician);

        await Problems.AssertProblemAsync(await Api.OpenAsync(clinician, patient, code: "37,94"), HttpStatusCode.BadRequest, "catalog.code_malformed");
        await Problems.AssertProblemAsync(await Api.OpenAsync(clinician, Guid.NewGuid()), HttpStatusCode.NotFound, "patient.not_found");
    }
}
