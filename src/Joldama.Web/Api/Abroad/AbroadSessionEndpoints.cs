using Joldama.Application;
using Joldama.Application.Abroad.Sessions;
using Joldama.Application.Localization;
using Joldama.Application.Shared;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Abroad;

/// <summary>The ministry commission's calendar (seed 003 lines 222-223) and the agenda of a session, as JSON and as a CSV document.</summary>
internal static class AbroadSessionEndpoints
{
    public static void MapAbroadSessionEndpoints(this RouteGroupBuilder abroad)
    {
        abroad.MapGet("/sessions", List).RequirePermission(Permission.ViewAbroadSessions)
            .WithSummary("The sessions, latest first, with the number of cases on each agenda");
        abroad.MapPost("/sessions", Schedule).RequirePermission(Permission.ScheduleAbroadSessions)
            .WithSummary("Schedule a session (date, kind regular|extraordinary, reason — required for an extraordinary one); one regular session a month, on a working day; the working body or the commission");
        abroad.MapGet("/sessions/{id:guid}/agenda", Agenda).RequirePermission(Permission.ViewAbroadSessions)
            .WithSummary("The agenda: the cases before the session with their offers compared (audited)");
        abroad.MapGet("/sessions/{id:guid}/agenda.csv", AgendaDocument).RequirePermission(Permission.ViewAbroadSessions)
            .WithSummary("The agenda as a CSV document (UTF-8, ';')");
    }

    private static async Task<Ok<SessionSummaryJson[]>> List(AbroadSessionService sessions, HttpContext context) =>
        TypedResults.Ok((await sessions.ListAsync(context.RequestAborted))
            .Select(s => new SessionSummaryJson(s.Session.Id, s.Session.Date, InputEnums.Kebab(s.Session.Kind), s.Session.Reason, s.Cases)).ToArray());

    private static async Task<Results<Created<AbroadSessionJson>, ProblemHttpResult>> Schedule(
        NewSessionJson body, AbroadSessionService sessions, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var scheduled = await sessions.ScheduleAsync(context.User.Scope()!, body.Date, body.Kind, body.Reason, context.Actor(), context.RequestAborted);
        return scheduled.IsError
            ? scheduled.Error.ToProblem(text)
            : TypedResults.Created($"/api/abroad/sessions/{scheduled.Value.Id}/agenda", AbroadSessionJson.From(scheduled.Value)!);
    }

    private static async Task<Results<Ok<AgendaJson>, ProblemHttpResult>> Agenda(
        Guid id, AbroadSessionService sessions, Application.Law.LawLibrary law, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var agenda = await sessions.AgendaAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted);
        return agenda.IsError ? agenda.Error.ToProblem(text) : TypedResults.Ok(Json(agenda.Value, law));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> AgendaDocument(
        Guid id, AbroadSessionService sessions, Application.Law.LawLibrary law, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var agenda = await sessions.AgendaAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted);
        if (agenda.IsError)
        {
            return agenda.Error.ToProblem(text);
        }

        var csv = AgendaCsv.Write(agenda.Value.Items, column => text[$"abroad.agenda.column.{column}"],
            c => c.IndicationId is { } indication ? law.Abroad.Indication(indication)?.Name.In(UiLanguage.Current) : null);
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"agenda-{agenda.Value.Session.Date:yyyy-MM-dd}.csv");
    }

    private static AgendaJson Json((Data.Abroad.AbroadSessionRecord Session, List<AgendaItem> Items) agenda, Application.Law.LawLibrary law) =>
        new(AbroadSessionJson.From(agenda.Session)!, [.. agenda.Items.Select(i => new AgendaItemJson(i.Case.Id, i.Case.Number, i.PatientName, i.PatientIin,
            i.Case.Diagnosis, i.Case.IndicationId is { } indication ? law.Abroad.Indication(indication)?.Name.In(UiLanguage.Current) : null,
            i.Case.ContinuationOfTreatment, [.. i.Offers.Select(AbroadOfferJson.From)]))]);
}
