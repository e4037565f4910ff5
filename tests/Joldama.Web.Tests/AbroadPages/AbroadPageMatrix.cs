using System.Net;
using Joldama.Domain.Access;
using Joldama.Web.Tests.Access;

namespace Joldama.Web.Tests.AbroadPages;

/// <summary>
/// The access matrix's entries for the treatment-abroad pages (issue 6): who may open each page; the case page on the
/// matrix's abroad cases of both regions (Abroad/AbroadMatrixData.cs), 404 outside the abroad reach.
/// </summary>
internal static class AbroadPageMatrix
{
    public static readonly MatrixEntry[] Entries =
    [
        new("*", "/abroad", Rule.Requires(Permission.ViewAbroadCases, HttpStatusCode.OK), Get("/abroad")),
        new("*", "/abroad/new", Rule.Requires(Permission.PrepareAbroadCases, HttpStatusCode.OK), Get("/abroad/new")),
        new("*", "/abroad/case/{id:guid}", Rule.AbroadRecord(Permission.ViewAbroadCases, HttpStatusCode.OK), r => (HttpMethod.Get, $"/abroad/case/{r.Target}", null)),
        new("*", "/abroad/sessions", Rule.Requires(Permission.ViewAbroadSessions, HttpStatusCode.OK), Get("/abroad/sessions")),
        new("*", "/abroad/sessions/{id:guid}", Rule.Requires(Permission.ViewAbroadSessions, HttpStatusCode.OK), r => (HttpMethod.Get, $"/abroad/sessions/{r.Data.Abroad.SessionId}", null)),
    ];

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Get(string url) => _ => (HttpMethod.Get, url, null);
}
