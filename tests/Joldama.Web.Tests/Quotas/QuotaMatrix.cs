using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Joldama.Application.Access;
using Joldama.Domain.Access;
using Joldama.Web.Tests.Access;
using Cm = Joldama.Web.Tests.Access.ConformityMatrixData;

namespace Joldama.Web.Tests.Quotas;

/// <summary>
/// The access matrix's entries for the quotas of seed 001 §19: the head sets volumes and decides, the analyst (region),
/// the ministry (country) and the head (own organization) read periods, decisions and the report, the ministry declares
/// pandemic periods. A period by id is the demo period of each region's provider: 404 outside the caller's reach.
/// </summary>
internal static class QuotaMatrix
{
    public static readonly MatrixEntry[] ApiEntries =
    [
        new("GET", "/api/quotas/periods", Rule.Requires(Permission.ViewQuotaReports, HttpStatusCode.OK), Get("/api/quotas/periods")),
        new("POST", "/api/quotas/periods", Rule.Requires(Permission.ManageQuotaVolumes, HttpStatusCode.Created), Json("/api/quotas/periods", _ => FreshYear())),
        new("GET", "/api/quotas/periods/{id:guid}", Rule.ProviderRecord(Cm.Kind.QuotaPeriod, Permission.ViewQuotaReports, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/api/quotas/periods/{r.Target}", null)),
        new("GET", "/api/quotas/usage", Rule.Requires(Permission.DecideQuotaAdmissions, HttpStatusCode.OK), Get("/api/quotas/usage")),

        // A decision without the medical indication: refused (400) after the permission, so the demo quota is not used up.
        new("POST", "/api/quotas/decisions", Rule.Requires(Permission.DecideQuotaAdmissions, HttpStatusCode.BadRequest),
            Json("/api/quotas/decisions", _ => new { patientIin = DemoSeed.QuotaPatientIin, indication = "" })),
        new("GET", "/api/quotas/decisions", Rule.Requires(Permission.ViewQuotaReports, HttpStatusCode.OK), Get("/api/quotas/decisions")),
        new("GET", "/api/quotas/pandemic-periods", Rule.Requires(Permission.ViewQuotaReports, HttpStatusCode.OK), Get("/api/quotas/pandemic-periods")),

        // Without a basis: refused (400) after the permission, so that no pandemic period changes the other tests' limits.
        new("POST", "/api/quotas/pandemic-periods", Rule.Requires(Permission.ManagePandemicMode, HttpStatusCode.BadRequest),
            Json("/api/quotas/pandemic-periods", _ => new { from = "2020-03-16", to = "2020-05-11", basis = "" })),
        new("GET", "/api/quotas/report", Rule.Requires(Permission.ViewQuotaReports, HttpStatusCode.OK), Get("/api/quotas/report")),
        new("GET", "/api/quotas/report.csv", Rule.Requires(Permission.ViewQuotaReports, HttpStatusCode.OK), Get("/api/quotas/report.csv")),
    ];

    public static readonly MatrixEntry[] PageEntries =
    [
        new("*", "/quotas", Rule.Requires(Permission.DecideQuotaAdmissions, HttpStatusCode.OK), Get("/quotas")),
        new("*", "/quotas/periods", Rule.Requires(Permission.ViewQuotaReports, HttpStatusCode.OK), Get("/quotas/periods")),
        new("*", "/quotas/report", Rule.Requires(Permission.ViewQuotaReports, HttpStatusCode.OK), Get("/quotas/report")),
        new("*", "/quotas/pandemic", Rule.Requires(Permission.ManagePandemicMode, HttpStatusCode.OK), Get("/quotas/pandemic")),
    ];

    public static readonly string[] PostgresSmoke = ["GET /api/quotas/periods/{id:guid}", "POST /api/quotas/periods", "GET /api/quotas/report"];

    /// <summary>A year of its own far ahead, so that each call sets a period that overlaps none.</summary>
    private static object FreshYear()
    {
        var year = 2100 + (Fresh.Number() % 7000);
        return new { from = string.Create(CultureInfo.InvariantCulture, $"{year}-01-01"), to = string.Create(CultureInfo.InvariantCulture, $"{year}-12-31"), plannedVolume = 100 };
    }

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Get(string url) => _ => (HttpMethod.Get, url, null);

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Json(string url, Func<MatrixRequest, object> body) =>
        r => (HttpMethod.Post, url, JsonContent.Create(body(r)));
}
