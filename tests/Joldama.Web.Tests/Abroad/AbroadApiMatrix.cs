using System.Net;
using System.Net.Http.Json;
using Joldama.Domain.Access;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Referrals;

namespace Joldama.Web.Tests.Abroad;

/// <summary>
/// The access matrix's entries for the abroad API (issue 6): the permission each endpoint needs, and for a route with a
/// case id the reach of <see cref="AbroadMatrixData"/> — 404 outside it. Changes asked of the seeded (closed) cases are
/// refused by their state (409), so the matrix leaves them as they are.
/// </summary>
internal static class AbroadApiMatrix
{
    public static readonly MatrixEntry[] Entries =
    [
        new("GET", "/api/abroad/law", Rule.Requires(Permission.ViewAbroadCases, HttpStatusCode.OK), Get("/api/abroad/law")),
        new("POST", "/api/abroad/eligibility", Rule.Requires(Permission.PrepareAbroadCases, HttpStatusCode.OK),
            Json("/api/abroad/eligibility", r => new { patientId = r.Data.Referrals.PatientFor(r.Caller), category = "citizen", indicationId = "keratoprosthesis" })),
        new("POST", "/api/abroad/cases", Rule.Requires(Permission.PrepareAbroadCases, HttpStatusCode.BadRequest),
            Json("/api/abroad/cases", r => new { patientId = r.Data.Referrals.PatientFor(r.Caller), category = "astronaut", diagnosis = "matrix" })),
        new("GET", "/api/abroad/cases", Rule.Requires(Permission.ViewAbroadCases, HttpStatusCode.OK), Get("/api/abroad/cases?status=contracted&page=1")),
        new("GET", "/api/abroad/cases/{id:guid}", Rule.AbroadRecord(Permission.ViewAbroadCases, HttpStatusCode.OK), r => (HttpMethod.Get, $"/api/abroad/cases/{r.Target}", null)),
        new("POST", "/api/abroad/cases/{id:guid}/steps", Rule.AbroadRecord(Permission.ViewAbroadCases, HttpStatusCode.Conflict),
            r => (HttpMethod.Post, $"/api/abroad/cases/{r.Target}/steps", JsonContent.Create(new { step = 9 }))),
        new("POST", "/api/abroad/cases/{id:guid}/refusal", Rule.AbroadRecord(Permission.ViewAbroadCases, HttpStatusCode.Conflict),
            r => (HttpMethod.Post, $"/api/abroad/cases/{r.Target}/refusal", JsonContent.Create(new { step = 9, reason = "matrix" }))),
        new("POST", "/api/abroad/cases/{id:guid}/documents", Rule.AbroadRecord(Permission.ViewAbroadCases, HttpStatusCode.Conflict),
            r => (HttpMethod.Post, $"/api/abroad/cases/{r.Target}/documents", Upload())),
        new("GET", "/api/abroad/cases/{id:guid}/documents/{documentId:guid}", Rule.AbroadRecord(Permission.ViewAbroadCases, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/abroad/cases/{r.Target}/documents/{r.Data.Abroad.Of(r.Target).DocumentId}", null)),
        new("POST", "/api/abroad/cases/{id:guid}/offers", Rule.AbroadRecord(Permission.HandleAbroadCases, HttpStatusCode.Conflict),
            r => (HttpMethod.Post, $"/api/abroad/cases/{r.Target}/offers", JsonContent.Create(new { clinicName = "Matrix", country = "DE" }))),
        new("PUT", "/api/abroad/cases/{id:guid}/offers/{offerId:guid}", Rule.AbroadRecord(Permission.HandleAbroadCases, HttpStatusCode.Conflict),
            r => (HttpMethod.Put, $"/api/abroad/cases/{r.Target}/offers/{r.Data.Abroad.Of(r.Target).OfferId}", JsonContent.Create(new { declined = true }))),
        new("GET", "/api/abroad/escalations", Rule.Requires(Permission.ViewAbroadCases, HttpStatusCode.OK), Get("/api/abroad/escalations")),
        new("GET", "/api/abroad/sessions", Rule.Requires(Permission.ViewAbroadSessions, HttpStatusCode.OK), Get("/api/abroad/sessions")),
        new("POST", "/api/abroad/sessions", Rule.Requires(Permission.ScheduleAbroadSessions, HttpStatusCode.BadRequest),
            Json("/api/abroad/sessions", _ => new { date = "2020-01-15", kind = "regular" })),
        new("GET", "/api/abroad/sessions/{id:guid}/agenda", Rule.Requires(Permission.ViewAbroadSessions, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/abroad/sessions/{r.Data.Abroad.SessionId}/agenda", null)),
        new("GET", "/api/abroad/sessions/{id:guid}/agenda.csv", Rule.Requires(Permission.ViewAbroadSessions, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/abroad/sessions/{r.Data.Abroad.SessionId}/agenda.csv", null)),
        new("GET", "/api/abroad/cabinet", Rule.Requires(Permission.ViewOwnRecords, HttpStatusCode.OK), Get("/api/abroad/cabinet")),
    ];

    /// <summary>The entries that also run on PostgreSQL.</summary>
    public static readonly string[] PostgresSmoke = ["GET /api/abroad/cases/{id:guid}", "POST /api/abroad/cases/{id:guid}/steps", "GET /api/abroad/sessions/{id:guid}/agenda"];

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Get(string url) => _ => (HttpMethod.Get, url, null);

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Json(string url, Func<MatrixRequest, object> body) =>
        r => (HttpMethod.Post, url, JsonContent.Create(body(r)));

    private static MultipartFormDataContent Upload() => new()
    {
        { new StringContent("contract"), "kind" },
        { new ByteArrayContent(ReferralApi.Pdf), "file", "matrix.pdf" },
    };
}
