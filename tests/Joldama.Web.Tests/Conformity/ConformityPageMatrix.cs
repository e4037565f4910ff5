using System.Net;
using Joldama.Domain.Access;
using Joldama.Web.Tests.Access;
using Cm = Joldama.Web.Tests.Access.ConformityMatrixData;

namespace Joldama.Web.Tests.Conformity;

/// <summary>
/// The access matrix's entries for the conformity pages (issue 4): who may open each page, and for a page of one
/// record (a specialist, an application, a conclusion) that a caller outside its reach gets 404 — a provider sees only
/// its own, an inspector only its region's, the Fund every conclusion (§28). The records are those of
/// <see cref="ConformityMatrixData"/>.
/// </summary>
internal static class ConformityPageMatrix
{
    public static readonly MatrixEntry[] Entries =
    [
        new("*", "/conformity/alerts", Rule.Requires(Permission.ViewConclusions, HttpStatusCode.OK), Get("/conformity/alerts")),
        new("*", "/conformity/applications", Rule.Requires(Permission.ViewConformityApplications, HttpStatusCode.OK), Get("/conformity/applications")),
        new("*", "/conformity/applications/new", Rule.Requires(Permission.FileConformityApplications, HttpStatusCode.OK), Get("/conformity/applications/new")),
        new("*", "/conformity/applications/{id:guid}", Rule.ProviderRecord(Cm.Kind.Application, Permission.ViewConformityApplications, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/conformity/applications/{r.Target}", null)),
        new("*", "/conformity/conclusions", Rule.Requires(Permission.ViewConclusions, HttpStatusCode.OK), Get("/conformity/conclusions")),
        new("*", "/conformity/conclusions/{id:guid}", Rule.ProviderRecord(Cm.Kind.Conclusion, Permission.ViewConclusions, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/conformity/conclusions/{r.Target}", null)),
        new("*", "/conformity/register", Rule.Requires(Permission.ViewConformityRegister, HttpStatusCode.OK), Get($"/conformity/register?code={Cm.ConclusionCode}")),
        new("*", "/conformity/resources", Rule.Requires(Permission.ViewProviderResources, HttpStatusCode.OK), Get("/conformity/resources")),
        new("*", "/conformity/specialists/new", Rule.Requires(Permission.ManageProviderResources, HttpStatusCode.OK), Get("/conformity/specialists/new")),
        new("*", "/conformity/specialists/{id:guid}", Rule.ProviderRecord(Cm.Kind.Specialist, Permission.ViewProviderResources, HttpStatusCode.OK),
            r => (HttpMethod.Get, $"/conformity/specialists/{r.Target}", null)),
    ];

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Get(string url) => _ => (HttpMethod.Get, url, null);
}
