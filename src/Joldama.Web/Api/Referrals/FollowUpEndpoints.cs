using Joldama.Application;
using Joldama.Application.Referrals.FollowUps;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>§42: the attachment clinic's follow-up of a discharged patient (§41) — the entries of a case, and a new one.</summary>
internal static class FollowUpEndpoints
{
    public static void MapFollowUpEndpoints(this RouteGroupBuilder referrals)
    {
        referrals.MapGet("/{id:guid}/follow-ups", List).RequirePermission(Permission.ViewReferrals)
            .WithSummary("§42: the follow-up entries of a case within reach, by date");
        referrals.MapPost("/{id:guid}/follow-ups", Record).RequirePermission(Permission.RecordFollowUp)
            .WithSummary("§42: the attachment clinic records complication|disability|alive-at-one-year|death on a day (YYYY-MM-DD) while the case is discharged or followed up");
    }

    private static async Task<Results<Ok<FollowUpJson[]>, ProblemHttpResult>> List(Guid id, FollowUpService followUps, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var entries = await followUps.ListAsync(context.User.Scope()!, id, context.RequestAborted);
        return entries.IsError ? entries.Error.ToProblem(text) : TypedResults.Ok(entries.Value.Select(FollowUpJson.From).ToArray());
    }

    private static async Task<Results<Created<FollowUpJson>, ProblemHttpResult>> Record(
        Guid id, FollowUpInput body, FollowUpService followUps, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var recorded = await followUps.RecordAsync(context.User.Scope()!, id, body.Kind, body.On, body.Note, context.Actor(), context.RequestAborted);
        return recorded.IsError
            ? recorded.Error.ToProblem(text)
            : TypedResults.Created($"/api/referrals/{id}/follow-ups", FollowUpJson.From(recorded.Value));
    }
}

/// <summary>A new §42 entry: its kind (kebab-case), its day (YYYY-MM-DD) and an optional note.</summary>
internal sealed record FollowUpInput(string? Kind, string? On, string? Note);

/// <summary>One §42 entry as recorded: the kind in kebab-case, the day, the note, when and by whom it was recorded.</summary>
internal sealed record FollowUpJson(Guid Id, Guid CaseId, string Kind, DateOnly On, string? Note, DateTimeOffset RecordedAt, Guid RecordedByUserId)
{
    public static FollowUpJson From(FollowUpRecord f) => new(f.Id, f.CaseId, f.Kind, f.On, f.Note, f.RecordedAt, f.RecordedByUserId);
}
