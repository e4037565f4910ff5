using Joldama.Application;
using Joldama.Application.Audit;
using Joldama.Application.Shared;
using Joldama.Data.Audit;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Audit;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/", Search).RequirePermission(Permission.ViewAudit)
            .WithSummary("Search the audit log (newest first, 100 at most); from/to: YYYY-MM-DD; outcome: allowed|denied");
        group.MapPost("/search", SearchByBody).RequirePermission(Permission.ViewAudit)
            .WithSummary("The same search with the patient's IIN in the body, not the URL");
        group.MapGet("/export", Export).RequirePermission(Permission.ViewAudit).WithSummary("The search as CSV (IINs masked)");
        group.MapPost("/verify", Verify).RequirePermission(Permission.VerifyAudit).WithSummary("Recompute the hash chain: intact, or the first broken record");
    }

    public static Result<AuditFilter> Filter(string? from, string? to, string? iin, string? login, string? action, string? outcome)
    {
        var fromDate = string.IsNullOrWhiteSpace(from) ? Result<DateOnly?>.Success(null) : InputDates.Parse(from, "from").Map<DateOnly?>(d => d);
        var toDate = string.IsNullOrWhiteSpace(to) ? Result<DateOnly?>.Success(null) : InputDates.Parse(to, "to").Map<DateOnly?>(d => d);
        if (!string.IsNullOrWhiteSpace(outcome) && !Enum.TryParse<AuditOutcome>(outcome, ignoreCase: true, out _))
        {
            return new InputInvalid("outcome", outcome, "allowed|denied");
        }

        return fromDate.Bind(f => toDate.Map(t => new AuditFilter(f, t, iin, login, action, outcome)));
    }

    private static async Task<Results<Ok<AuditRecordJson[]>, ProblemHttpResult>> Search(
        string? from, string? to, string? login, string? action, string? outcome, AuditSearch audit, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var filter = Filter(from, to, null, login, action, outcome);
        return filter.IsError
            ? filter.Error.ToProblem(text)
            : TypedResults.Ok((await audit.SearchAsync(filter.Value, context.Actor(), context.RequestAborted)).Select(AuditRecordJson.From).ToArray());
    }

    private static async Task<Results<Ok<AuditRecordJson[]>, ProblemHttpResult>> SearchByBody(
        AuditSearchJson body, AuditSearch audit, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var filter = Filter(body.From, body.To, body.Iin, body.Login, body.Action, body.Outcome);
        return filter.IsError
            ? filter.Error.ToProblem(text)
            : TypedResults.Ok((await audit.SearchAsync(filter.Value, context.Actor(), context.RequestAborted)).Select(AuditRecordJson.From).ToArray());
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Export(
        string? from, string? to, string? login, string? action, string? outcome, AuditSearch audit, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var filter = Filter(from, to, null, login, action, outcome);
        if (filter.IsError)
        {
            return filter.Error.ToProblem(text);
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"audit.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(true));
        await audit.ExportAsync(filter.Value, context.Actor(), writer, context.RequestAborted);
        return TypedResults.Empty;
    }

    private static async Task<Ok<AuditVerification>> Verify(AuditLog audit, HttpContext context) =>
        TypedResults.Ok(await audit.VerifyAsync(context.RequestAborted));
}

internal sealed record AuditSearchJson(string? From, string? To, string? Iin, string? Login, string? Action, string? Outcome);

internal sealed record AuditRecordJson(
    long Id, long? Sequence, DateTimeOffset At, string Login, string Role, Guid? OrganizationId, string Action, string Entity, string EntityId,
    string? PatientIinMasked, string RemoteAddress, string Outcome, string? Hash)
{
    public static AuditRecordJson From(AuditRecord r) => new(
        r.Id, r.Sequence, r.At, r.ActorLogin, r.ActorRole, r.ActorOrganizationId, r.Action, r.EntityType, r.EntityId,
        AuditSearch.Mask(r.PatientIin) is { Length: > 0 } m ? m : null, r.RemoteAddress, r.Outcome.ToString(), r.Hash);
}
