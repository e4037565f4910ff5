using Joldama.Application;
using Joldama.Application.Referrals.Worklists;
using Joldama.Application.Shared;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>§40 ¶3: the journal of refusals with the ground of §40 ¶4; search by period, ground and code (an IIN only in a POST body), and CSV.</summary>
internal static class RefusalEndpoints
{
    public static void MapRefusalEndpoints(this RouteGroupBuilder referrals)
    {
        referrals.MapGet("/refusals", List).RequirePermission(Permission.ViewRefusalJournal)
            .WithSummary("§40 ¶3: refusals within reach, newest first; ?from=&to= (YYYY-MM-DD, Kazakhstan days), ?ground=no-indications|incomplete-package|documents-not-authentic, ?code=");
        referrals.MapPost("/refusals/search", Search).RequirePermission(Permission.ViewRefusalJournal)
            .WithSummary("The refusal journal filtered in the body, including by IIN");
        referrals.MapGet("/refusals/export.csv", Export).RequirePermission(Permission.ViewRefusalJournal)
            .WithSummary("The refusal journal as CSV (UTF-8 with BOM), headers and grounds in the request's language; same filters as the list");
    }

    private static Task<Results<Ok<RefusalJson[]>, ProblemHttpResult>> List(
        string? from, string? to, string? ground, string? code, RefusalJournal journal, HttpContext context, IStringLocalizer<SharedResource> text) =>
        Search(new RefusalJournal.Filter(from, to, ground, code), journal, context, text);

    private static async Task<Results<Ok<RefusalJson[]>, ProblemHttpResult>> Search(
        RefusalJournal.Filter body, RefusalJournal journal, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var entries = await journal.SearchAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted);
        return entries.IsError ? entries.Error.ToProblem(text) : TypedResults.Ok(entries.Value.Select(e => RefusalJson.From(e, text)).ToArray());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        string? from, string? to, string? ground, string? code, RefusalJournal journal, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var entries = await journal.SearchAsync(context.User.Scope()!, new RefusalJournal.Filter(from, to, ground, code), context.Actor(), context.RequestAborted);
        if (entries.IsError)
        {
            return entries.Error.ToProblem(text);
        }

        var csv = RefusalJournal.ToCsv(entries.Value, column => text[$"refusal.column.{column}"], g => GroundName(g, text));
        return TypedResults.File(csv, "text/csv; charset=utf-8", "refusals.csv");
    }

    public static string GroundName(RejectionGround ground, IStringLocalizer text) => text[$"referral.ground.{ground}"];
}

/// <summary>One refusal: when, whose, which code, the protocol, the ground (kebab-case and in words) and the commission's comment.</summary>
internal sealed record RefusalJson(
    Guid CaseId, DateTimeOffset DecidedAt, string PatientIin, string PatientName, string HtmcCode, string Diagnosis, string? ProtocolNumber,
    string Ground, string GroundText, string? Comment, string Region, string DecidedBy)
{
    public static RefusalJson From(RefusalJournal.Entry e, IStringLocalizer text) =>
        new(e.CaseId, e.DecidedAt, e.PatientIin, e.PatientName, e.HtmcCode, e.Diagnosis, e.ProtocolNumber, InputEnums.Kebab(e.Ground),
            RefusalEndpoints.GroundName(e.Ground, text), e.Comment, e.RegionCode, e.DecidedBy);
}
