using Joldama.Application;
using Joldama.Application.Conformity.Applications;
using Joldama.Application.Law;
using Joldama.Domain.Access;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Shared;
using Joldama.Data.Conformity;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Conformity;

/// <summary>The conformity workflow (seed 001 §23–30): file, decide each criterion, submit, return, sign, withdraw, re-issue.</summary>
internal static class ApplicationEndpoints
{
    public static void MapApplicationEndpoints(this RouteGroupBuilder conformity)
    {
        var group = conformity.MapGroup("/applications");
        group.MapGet("/", List).RequirePermission(Permission.ViewConformityApplications)
            .WithSummary("Applications within reach, soonest deadline first; ?status=UnderReview|AwaitingSignature|Concluded|Withdrawn");
        group.MapGet("/{id:guid}", Get).RequirePermission(Permission.ViewConformityApplications).WithSummary("One application with every criterion");
        group.MapPost("/", File).RequirePermission(Permission.FileConformityApplications)
            .WithSummary("File an application (App. 1) in the §23 window, or first-time (§24); evaluated at once");
        group.MapPost("/reissue", Reissue).RequirePermission(Permission.FileConformityApplications)
            .WithSummary("Request re-issue of a valid conclusion (§26.4, §30)");
        group.MapPost("/{id:guid}/decisions", (Guid id, CriterionDecisionInput body, ConformityApplicationService s, LawLibrary l, TimeProvider clock, HttpContext c, IStringLocalizer<SharedResource> t) =>
                Step(s.DecideAsync(c.User.Scope()!, id, body, c.Actor(), c.RequestAborted), l, clock, t))
            .RequirePermission(Permission.ReviewConformityApplications).WithSummary("The inspector confirms or overrides one criterion (justification required to override)");
        group.MapPost("/{id:guid}/submit", (Guid id, ConformityApplicationService s, LawLibrary l, TimeProvider clock, HttpContext c, IStringLocalizer<SharedResource> t) =>
                Step(s.SubmitForSignatureAsync(c.User.Scope()!, id, c.Actor(), c.RequestAborted), l, clock, t))
            .RequirePermission(Permission.ReviewConformityApplications).WithSummary("Hand the decided application to the head for signature");
        group.MapPost("/{id:guid}/return", (Guid id, ReturnInput body, ConformityApplicationService s, LawLibrary l, TimeProvider clock, HttpContext c, IStringLocalizer<SharedResource> t) =>
                Step(s.ReturnAsync(c.User.Scope()!, id, body, c.Actor(), c.RequestAborted), l, clock, t))
            .RequirePermission(Permission.SignConclusions).WithSummary("The head returns the application to the inspector with a comment");
        group.MapPost("/{id:guid}/withdraw", (Guid id, ConformityApplicationService s, LawLibrary l, TimeProvider clock, HttpContext c, IStringLocalizer<SharedResource> t) =>
                Step(s.WithdrawAsync(c.User.Scope()!, id, c.Actor(), c.RequestAborted), l, clock, t))
            .RequirePermission(Permission.FileConformityApplications).WithSummary("The provider withdraws its application before signature");
        group.MapPost("/{id:guid}/sign", Sign).RequirePermission(Permission.SignConclusions)
            .WithSummary("§27: the head signs; one conclusion per code with its §26 validity, copy to the Fund (§28)");
    }

    private static async Task<Ok<ApplicationJson[]>> List(
        string? status, ConformityApplicationService applications, LawLibrary law, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var query = applications.Visible(context.User.Scope()!);
        if (Enum.TryParse<ApplicationStatus>(status, ignoreCase: true, out var wanted) && Enum.IsDefined(wanted))
        {
            query = query.Where(a => a.Status == wanted);
        }

        var today = clock.TodayInKazakhstan();
        var list = await query.OrderBy(a => a.ReviewDueOn).ThenBy(a => a.Number).Take(500).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(list.Select(a => ApplicationJson.From(a, law, today, text)).ToArray());
    }

    private static async Task<Results<Ok<ApplicationJson>, ProblemHttpResult>> Get(
        Guid id, ConformityApplicationService applications, LawLibrary law, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text) =>
        await Step(applications.GetAsync(context.User.Scope()!, id, context.RequestAborted), law, clock, text);

    private static async Task<Results<Created<ApplicationJson>, ProblemHttpResult>> File(
        FileApplicationInput body, ConformityApplicationService applications, LawLibrary law, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text) =>
        Created(await applications.FileAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted), law, clock, text);

    private static async Task<Results<Created<ApplicationJson>, ProblemHttpResult>> Reissue(
        ReissueInput body, ConformityApplicationService applications, LawLibrary law, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text) =>
        Created(await applications.RequestReissueAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted), law, clock, text);

    private static async Task<Results<Ok<ConclusionJson[]>, ProblemHttpResult>> Sign(
        Guid id, ConformityApplicationService applications, LawLibrary law, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var signed = await applications.SignAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted);
        return signed.IsError ? signed.Error.ToProblem(text) : TypedResults.Ok(signed.Value.Select(c => ConclusionJson.From(c, law, text)).ToArray());
    }

    private static Results<Created<ApplicationJson>, ProblemHttpResult> Created(
        Result<ConformityApplicationRecord> result, LawLibrary law, TimeProvider clock, IStringLocalizer text) =>
        result.IsError
            ? result.Error.ToProblem(text)
            : TypedResults.Created($"/api/conformity/applications/{result.Value.Id}", ApplicationJson.From(result.Value, law, clock.TodayInKazakhstan(), text));

    private static async Task<Results<Ok<ApplicationJson>, ProblemHttpResult>> Step(
        Task<Result<ConformityApplicationRecord>> step, LawLibrary law, TimeProvider clock, IStringLocalizer text)
    {
        var result = await step;
        return result.IsError ? result.Error.ToProblem(text) : TypedResults.Ok(ApplicationJson.From(result.Value, law, clock.TodayInKazakhstan(), text));
    }
}
