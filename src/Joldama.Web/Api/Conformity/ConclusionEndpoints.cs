using Joldama.Application;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Conformity.Printing;
using Joldama.Application.Law;
using Joldama.Application.Shared;
using Joldama.Domain.Access;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Conformity;

/// <summary>Signed conclusions (App. 3), the register of valid ones (§22) and the §29 alerts.</summary>
internal static class ConclusionEndpoints
{
    public static void MapConclusionEndpoints(this RouteGroupBuilder conformity)
    {
        conformity.MapGet("/conclusions", List).RequirePermission(Permission.ViewConclusions)
            .WithSummary("Conclusions within reach (the Fund: all, §28); ?code=");
        conformity.MapGet("/conclusions/{id:guid}", Get).RequirePermission(Permission.ViewConclusions).WithSummary("One conclusion with its criteria");
        conformity.MapGet("/conclusions/{id:guid}/pdf", Pdf).RequirePermission(Permission.ViewConclusions)
            .WithSummary("The conclusion as a PDF in the form of App. 3; ?lang=kk|ru (default: the request's language)");
        conformity.MapGet("/register", Register).RequirePermission(Permission.ViewConformityRegister)
            .WithSummary("§22: providers holding a valid conclusion for ?code= on ?date= (default today), optionally in ?region=");
        conformity.MapGet("/alerts", Alerts).RequirePermission(Permission.ViewConclusions)
            .WithSummary("§29 alerts within reach: conclusions that no longer hold after a change of staff or devices");
        conformity.MapPost("/alerts/{id:guid}/acknowledge", Acknowledge).RequirePermission(Permission.AcknowledgeConformityAlerts)
            .WithSummary("Mark an alert as seen (provider and department separately)");
    }

    private static async Task<Ok<ConclusionJson[]>> List(string? code, ConclusionService conclusions, LawLibrary law, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var query = conclusions.Visible(context.User.Scope()!);
        if (!string.IsNullOrWhiteSpace(code))
        {
            query = query.Where(c => c.Code == code.Trim());
        }

        var list = await query.OrderByDescending(c => c.SignedAt).Take(500).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(list.Select(c => ConclusionJson.From(c, law, text)).ToArray());
    }

    private static async Task<Results<Ok<ConclusionJson>, ProblemHttpResult>> Get(Guid id, ConclusionService conclusions, LawLibrary law, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var conclusion = await conclusions.GetAsync(context.User.Scope()!, id, context.RequestAborted);
        return conclusion.IsError ? conclusion.Error.ToProblem(text) : TypedResults.Ok(ConclusionJson.From(conclusion.Value, law, text));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Pdf(
        Guid id, string? lang, ConclusionService conclusions, ConclusionPrinter printer, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var conclusion = await conclusions.GetAsync(context.User.Scope()!, id, context.RequestAborted);
        if (conclusion.IsError)
        {
            return conclusion.Error.ToProblem(text);
        }

        // ?lang= also switches the request's culture (localization middleware); absent, the request's language decides.
        var kazakh = Localization.Languages.Current == Domain.Catalog.TextLanguage.Kk;
        var language = kazakh ? PrintLanguage.Kk : PrintLanguage.Ru;
        var pdf = await printer.PdfAsync(conclusion.Value, language, context.RequestAborted);
        return TypedResults.File(pdf, "application/pdf", $"{conclusion.Value.Number}-{(kazakh ? "kk" : "ru")}.pdf");
    }

    private static async Task<Results<Ok<RegisterJson>, ProblemHttpResult>> Register(
        string? code, string? date, string? region, ConclusionService conclusions, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var parsed = HtmcCode.Parse(code);
        if (parsed.IsError)
        {
            return parsed.Error.ToProblem(text);
        }

        var on = InputDates.ParseOptional(date, "date", clock.TodayInKazakhstan());
        if (on.IsError)
        {
            return on.Error.ToProblem(text);
        }

        var providers = await conclusions.RegisterAsync(parsed.Value.Value, on.Value, string.IsNullOrWhiteSpace(region) ? null : region.Trim(), context.RequestAborted);
        return TypedResults.Ok(new RegisterJson(parsed.Value.Value, on.Value, region, providers));
    }

    private static async Task<Ok<AlertJson[]>> Alerts(ConclusionService conclusions, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var list = await conclusions.VisibleAlerts(context.User.Scope()!).OrderByDescending(a => a.RaisedAt).Take(500).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(list.Select(a => AlertJson.From(a, text)).ToArray());
    }

    private static async Task<Results<Ok<AlertJson>, ProblemHttpResult>> Acknowledge(Guid id, ConclusionService conclusions, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var alert = await conclusions.AcknowledgeAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted);
        return alert.IsError ? alert.Error.ToProblem(text) : TypedResults.Ok(AlertJson.From(alert.Value, text));
    }
}
