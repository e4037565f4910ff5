using Joldama.Application;
using Joldama.Application.Referrals.Worklists;
using Joldama.Application.Shared;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>The worklists (issue 5.6): the caller's cases by deadline, the search (IIN in the body only), the missed deadlines.</summary>
internal static class ReferralWorklistEndpoints
{
    public static void MapReferralWorklistEndpoints(this RouteGroupBuilder referrals)
    {
        referrals.MapGet("/worklist", Worklist).RequirePermission(Permission.ViewReferrals)
            .WithSummary("The caller's cases, overdue first, then by deadline; ?open=true keeps those waiting for the caller's role; ?page= (50 a page)");
        referrals.MapPost("/search", Search).RequirePermission(Permission.ViewReferrals)
            .WithSummary("Search cases within reach by IIN, referral number, code, state (in the body: an IIN never goes in a URL)");
        referrals.MapGet("/escalations", Escalations).RequirePermission(Permission.ViewReferrals)
            .WithSummary("Missed deadlines (§35.1, §38, §39) reported to the caller's organization and not yet acknowledged");
    }

    private static Task<Results<Ok<WorklistRowJson[]>, ProblemHttpResult>> Worklist(
        bool? open, int? page, ReferralWorklist worklist, HttpContext context, IStringLocalizer<SharedResource> text) =>
        Search(new ReferralSearch(Open: open ?? false, Page: page ?? 1), worklist, context, text);

    private static async Task<Results<Ok<WorklistRowJson[]>, ProblemHttpResult>> Search(
        ReferralSearch body, ReferralWorklist worklist, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var rows = await worklist.SearchAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted);
        return rows.IsError ? rows.Error.ToProblem(text) : TypedResults.Ok(rows.Value.Select(WorklistRowJson.From).ToArray());
    }

    private static async Task<Ok<EscalationJson[]>> Escalations(ReferralWorklist worklist, HttpContext context)
    {
        var list = await worklist.Escalations(context.User.Scope()!).OrderBy(e => e.DueOn).Take(500).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(list.Select(EscalationJson.From).ToArray());
    }
}

/// <summary>One line of a worklist (enum values in kebab-case).</summary>
internal sealed record WorklistRowJson(
    Guid Id, string? Number, string PatientName, string PatientIin, string HtmcCode, string State, DateTimeOffset StateSince, string? Deadline,
    DateOnly? DueOn, string? Due, bool Escalated, Guid? ProviderId, DateOnly? HospitalizationDate, bool FundingCovered, int Version)
{
    public static WorklistRowJson From(WorklistRow r) =>
        new(r.Id, r.ReferralNumber, r.PatientName, r.PatientIin, r.HtmcCode, InputEnums.Kebab(r.State), r.StateSince, ReferralJson.Kebab(r.Deadline),
            r.DueOn, ReferralJson.Kebab(r.Due), r.Escalated, r.ProviderId, r.HospitalizationDate, r.FundingCovered, r.Version);
}

internal sealed record EscalationJson(Guid Id, Guid CaseId, string Deadline, DateOnly DueOn, string Region, DateTimeOffset RaisedAt)
{
    public static EscalationJson From(ReferralEscalationRecord e) => new(e.Id, e.CaseId, InputEnums.Kebab(e.Deadline), e.DueOn, e.RegionCode, e.RaisedAt);
}
