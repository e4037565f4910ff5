using System.Net;
using Joldama.Domain.Access;
using Joldama.Web.Tests.Access;

namespace Joldama.Web.Tests.Referrals;

/// <summary>
/// The access matrix's entries for the referral pages (issue 5): who may open each page, and for a case page that a
/// caller outside the case's reach gets 404 — the clinic its own patients', the commission and the analyst their
/// region's, the provider those registered to it, the hospital (§40) only those it sent — the same rule as the API's
/// (<see cref="ReferralMatrixData"/>).
/// </summary>
internal static class ReferralPageMatrix
{
    public static readonly MatrixEntry[] Entries =
    [
        new("*", "/cabinet", Rule.Requires(Permission.ViewOwnRecords, HttpStatusCode.OK), Get("/cabinet")),
        new("*", "/referrals", Rule.Requires(Permission.PrepareReferrals, HttpStatusCode.OK), Get("/referrals")),
        new("*", "/referrals/incoming", Rule.Requires(Permission.HandleReferrals, HttpStatusCode.OK), Get("/referrals/incoming")),
        new("*", "/referrals/new", Rule.Requires(Permission.PrepareReferrals, HttpStatusCode.OK), Get("/referrals/new")),
        new("*", "/referrals/queue", Rule.Requires(Permission.DecideReferrals, HttpStatusCode.OK), Get("/referrals/queue")),
        new("*", "/referrals/refusals", Rule.Requires(Permission.ViewRefusalJournal, HttpStatusCode.OK), Get("/referrals/refusals")),
        new("*", "/referrals/report", Rule.Requires(Permission.ViewReferralReports, HttpStatusCode.OK), Get("/referrals/report?Year=2026")),
        new("*", "/referrals/{id:guid}", Rule.ReferralRecord(Permission.ViewReferrals, HttpStatusCode.OK), r => (HttpMethod.Get, $"/referrals/{r.Target}", null)),
    ];

    private static Func<MatrixRequest, (HttpMethod, string, HttpContent?)> Get(string url) => _ => (HttpMethod.Get, url, null);
}
