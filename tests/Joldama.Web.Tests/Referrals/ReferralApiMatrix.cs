using System.Net;
using System.Net.Http.Json;
using Joldama.Domain.Access;
using Joldama.Web.Tests.Access;

namespace Joldama.Web.Tests.Referrals;

/// <summary>
/// The access matrix's entries for the referral API (issue 5): the permission each endpoint needs, and for a route with a
/// case (or patient) id the reach of <see cref="ReferralMatrixData"/> — 404 outside it. The sample requests never change
/// the seeded cases: every step or change asked of them is refused by their state (409).
/// </summary>
internal static class ReferralApiMatrix
{
    public static readonly MatrixEntry[] Entries =
    [
        new("POST", "/api/patients", Rule.Requires(Permission.PrepareReferrals, HttpStatusCode.Created),
            Json("/api/patients", r => new { iin = Fresh.Iin(), lastName = "Матрица", firstName = "Пациент", attachmentOrganizationId = r.Data.Referrals.KaragandaClinic })),
        new("POST", "/api/patients/find", Rule.Requires(Permission.PrepareReferrals, HttpStatusCode.OK), Json("/api/patients/find", _ => new { iin = DemoApp.PatientIin })),
        new("GET", "/api/patients/{id:guid}", Rule.PatientRecord(Permission.PrepareReferrals, HttpStatusCode.OK), r => (HttpMethod.Get, $"/api/patients/{r.Target}", null)),
        new("POST", "/api/referrals", Rule.Requires(Permission.PrepareReferrals, HttpStatusCode.Created),
            Json("/api/referrals", r => new { patientId = r.Data.Referrals.PatientFor(r.Caller), htmcCode = "37.94", diagnosis = "I25.1", specialistConclusion = "Матрица" })),
        new("GET", "/api/referrals/{id:guid}", Rule.ReferralRecord(Permission.ViewReferrals, HttpStatusCode.OK), r => (HttpMethod.Get, $"/api/referrals/{r.Target}", null)),
        new("PUT", "/api/referrals/{id:guid}/provider", Rule.ReferralRecord(Permission.PrepareReferrals, HttpStatusCode.Conflict),
            r => (HttpMethod.Put, $"/api/referrals/{r.Target}/provider", JsonContent.Create(new { providerId = Guid.NewGuid() }))),
        new("POST", "/api/referrals/{id:guid}/steps", Rule.ReferralRecord(Permission.ViewReferrals, HttpStatusCode.Conflict, acting: true),
            r => (HttpMethod.Post, $"/api/referrals/{r.Target}/steps", JsonContent.Create(new { trigger = "close" }))),
        new("POST", "/api/referrals/{id:guid}/documents", Rule.ReferralRecord(Permission.PrepareReferrals, HttpStatusCode.Conflict),
            r => (HttpMethod.Post, $"/api/referrals/{r.Target}/documents", Upload())),
        new("GET", "/api/referrals/{id:guid}/documents/{documentId:guid}", Rule.ReferralRecord(Permission.ViewReferrals, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/referrals/{r.Target}/documents/{r.Data.Referrals.DocumentOf(r.Target)}", null)),
        new("DELETE", "/api/referrals/{id:guid}/documents/{documentId:guid}", Rule.ReferralRecord(Permission.PrepareReferrals, HttpStatusCode.Conflict),
            r => (HttpMethod.Delete, $"/api/referrals/{r.Target}/documents/{r.Data.Referrals.DocumentOf(r.Target)}", null)),
        new("GET", "/api/referrals/worklist", Rule.Requires(Permission.ViewReferrals, HttpStatusCode.OK), Get("/api/referrals/worklist?open=true&page=1")),
        new("POST", "/api/referrals/search", Rule.Requires(Permission.ViewReferrals, HttpStatusCode.OK), Json("/api/referrals/search", _ => new { iin = DemoApp.PatientIin })),
        new("GET", "/api/referrals/escalations", Rule.Requires(Permission.ViewReferrals, HttpStatusCode.OK), Get("/api/referrals/escalations")),
        new("GET", "/api/referrals/refusals", Rule.Requires(Permission.ViewRefusalJournal, HttpStatusCode.OK), Get("/api/referrals/refusals?from=2026-01-01&ground=no-indications")),
        new("POST", "/api/referrals/refusals/search", Rule.Requires(Permission.ViewRefusalJournal, HttpStatusCode.OK),
            Json("/api/referrals/refusals/search", _ => new { iin = DemoApp.PatientIin })),
        new("GET", "/api/referrals/refusals/export.csv", Rule.Requires(Permission.ViewRefusalJournal, HttpStatusCode.OK), Get("/api/referrals/refusals/export.csv")),
        new("GET", "/api/referrals/{id:guid}/follow-ups", Rule.ReferralRecord(Permission.ViewReferrals, HttpStatusCode.OK), r => (HttpMethod.Get, $"/api/referrals/{r.Target}/follow-ups", null)),
        new("POST", "/api/referrals/{id:guid}/follow-ups", Rule.ReferralRecord(Permission.RecordFollowUp, HttpStatusCode.Conflict), // not discharged: refused by the state
            r => (HttpMethod.Post, $"/api/referrals/{r.Target}/follow-ups", JsonContent.Create(new { kind = "complication", on = "2026-03-02" }))),
        new("GET", "/api/referrals/reports/annual", Rule.Requires(Permission.ViewReferralReports, HttpStatusCode.OK), Get("/api/referrals/reports/annual?year=2026")),
        new("GET", "/api/referrals/reports/annual.csv", Rule.Requires(Permission.ViewReferralReports, HttpStatusCode.OK), Get("/api/referrals/reports/annual.csv?year=2026&lang=kk")),
        new("GET", "/api/referrals/reports/annual.xlsx", Rule.Requires(Permission.ViewReferralReports, HttpStatusCode.OK), Get("/api/referrals/reports/annual.xlsx?year=2026")),
        new("GET", "/api/cabinet", Rule.Requires(Permission.ViewOwnRecords, HttpStatusCode.OK), Get("/api/cabinet")),
        new("GET", "/api/cabinet/referrals/{id:guid}", Rule.ReferralRecord(Permission.ViewOwnRecords, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/cabinet/referrals/{r.Target}", null)),
    ];

    /// <summary>The entries that also run on PostgreSQL.</summary>
    public static readonly string[] PostgresSmoke = ["GET /api/referrals/{id:guid}", "POST /api/referrals", "POST /api/referrals/{id:guid}/steps", "GET /api/cabinet"];

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Get(string url) => _ => (HttpMethod.Get, url, null);

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Json(string url, Func<MatrixRequest, object> body) =>
        r => (HttpMethod.Post, url, JsonContent.Create(body(r)));

    private static MultipartFormDataContent Upload() => new()
    {
        { new StringContent("diagnostic-results"), "kind" },
        { new ByteArrayContent(ReferralApi.Pdf), "file", "matrix.pdf" },
    };
}
