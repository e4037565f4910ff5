using System.Net;
using Joldama.Domain.Access;
using Joldama.Web.Tests.Access;

namespace Joldama.Web.Tests.AbroadPages;

/// <summary>
/// The access matrix's entries for the treatment-abroad pages (issue 6): who may open each page. The case and agenda
/// pages are asked for an id that does not exist: a role with the permission gets 404 (the page says so), others are
/// refused; reach on real cases (the other region's clinic gets 404) is checked in <see cref="AbroadPageTests"/>.
/// </summary>
internal static class AbroadPageMatrix
{
    private static readonly Guid Nowhere = Guid.Parse("00000000-0000-0000-0000-0000000000ab");

    public static readonly MatrixEntry[] Entries =
    [
        new("*", "/abroad", Rule.Requires(Permission.ViewAbroadCases, HttpStatusCode.OK), Get("/abroad")),
        new("*", "/abroad/new", Rule.Requires(Permission.PrepareAbroadCases, HttpStatusCode.OK), Get("/abroad/new")),
        new("*", "/abroad/case/{id:guid}", Rule.Requires(Permission.ViewAbroadCases, HttpStatusCode.NotFound), Get($"/abroad/case/{Nowhere}")),
        new("*", "/abroad/sessions", Rule.Requires(Permission.ViewAbroadCases, HttpStatusCode.OK), Get("/abroad/sessions")),
        new("*", "/abroad/sessions/{id:guid}", Rule.Requires(Permission.ViewAbroadCases, HttpStatusCode.NotFound), Get($"/abroad/sessions/{Nowhere}")),
    ];

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Get(string url) => _ => (HttpMethod.Get, url, null);
}
