using Joldama.Application;
using Joldama.Application.Abroad.Cases;
using Joldama.Application.Abroad.Workflow;
using Joldama.Application.Law;
using Joldama.Application.Shared;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api.Referrals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Abroad;

/// <summary>
/// Treatment abroad at budget expense (order No. 544, seeds 003 and 004): the law as loaded, the eligibility check, the
/// cases (read with their ETag; each step and the refusal with If-Match: the version read), their worklist and missed deadlines.
/// </summary>
internal static class AbroadEndpoints
{
    public const int PageSize = 50;

    public static void MapAbroadEndpoints(this RouteGroupBuilder api)
    {
        var abroad = api.MapGroup("/abroad").WithTags("Abroad");
        abroad.MapGet("/law", Law).RequirePermission(Permission.ViewAbroadCases)
            .WithSummary("The diseases of the list (both seeds' wordings), the categories and both schemes with their steps and terms; activeScheme is configuration");
        abroad.MapPost("/eligibility", Eligibility).RequirePermission(Permission.PrepareAbroadCases)
            .WithSummary("Whether the patient is eligible (basis, priority groups, notes) or the refusal with its seed place; nothing is stored");
        abroad.MapPost("/cases", Create).RequirePermission(Permission.PrepareAbroadCases)
            .WithSummary("Open a case under the scheme in force (step 1); an applicant who is not eligible is refused and nothing is stored");
        abroad.MapGet("/cases", Worklist).RequirePermission(Permission.ViewAbroadCases)
            .WithSummary("Cases within reach, overdue first, then by the current step's due date; ?status=in-progress|contracted|refused; ?page= (50 a page)");
        abroad.MapGet("/cases/{id:guid}", Get).RequirePermission(Permission.ViewAbroadCases)
            .WithSummary("One case: eligibility, the steps with their due dates, what the current step lacks, documents, offers compared, session, contract; ETag = version");
        abroad.MapPost("/cases/{id:guid}/steps", Complete).RequirePermission(Permission.ViewAbroadCases)
            .WithSummary("Complete the current step (body: step, and what the step records: expedient, offerId+patientAgreed+protocolNumber, contract…); the step's actor only; If-Match");
        abroad.MapPost("/cases/{id:guid}/refusal", Refuse).RequirePermission(Permission.ViewAbroadCases)
            .WithSummary("The current step's actor ends the case with a reason; the patient is told; If-Match");
        abroad.MapGet("/escalations", Escalations).RequirePermission(Permission.ViewAbroadCases)
            .WithSummary("Missed step deadlines reported to the caller's organization");
        abroad.MapAbroadDocumentEndpoints();
        abroad.MapAbroadOfferEndpoints();
        abroad.MapAbroadSessionEndpoints();
        abroad.MapGet("/cabinet", Cabinet).RequirePermission(Permission.ViewOwnRecords)
            .WithSummary("The patient's own abroad cases: status, the step in words, the session, the clinic selected, the contract date");
    }

    private static Ok<AbroadLawJson> Law(LawLibrary law) => TypedResults.Ok(AbroadLawJson.From(law.Abroad));

    private static async Task<Results<Ok<AbroadEligibilityJson>, ProblemHttpResult>> Eligibility(
        NewAbroadCaseInput body, AbroadCaseService cases, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var decision = await cases.CheckAsync(context.User.Scope()!, body, context.RequestAborted);
        if (decision.IsError)
        {
            return decision.Error.ToProblem(text);
        }

        var d = decision.Value;
        return TypedResults.Ok(new AbroadEligibilityJson(InputEnums.Kebab(d.Category), InputEnums.Kebab(d.Basis), d.Indication?.Id,
            d.Indication?.Name.In(Application.Localization.UiLanguage.Current), [.. d.Priorities.Select(InputEnums.Kebab)], d.Notes, []));
    }

    private static async Task<Results<Created<AbroadCaseJson>, ProblemHttpResult>> Create(
        NewAbroadCaseInput body, AbroadCaseService cases, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var created = await cases.CreateAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted);
        if (created.IsError)
        {
            return created.Error.ToProblem(text);
        }

        var view = await cases.ViewAsync(context.User.Scope()!, created.Value.Id, context.Actor(), context.RequestAborted);
        context.Response.Headers.ETag = ETags.Of(view.Value.Case.Version);
        return TypedResults.Created($"/api/abroad/cases/{created.Value.Id}", AbroadCaseJson.From(view.Value));
    }

    private static async Task<Results<Ok<AbroadRowJson[]>, ProblemHttpResult>> Worklist(
        string? status, int? page, AbroadCaseService cases, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var query = cases.Visible(context.User.Scope()!);
        if (!string.IsNullOrWhiteSpace(status))
        {
            var parsed = InputEnums.Parse<AbroadCaseStatus>(status, "status");
            if (parsed.IsError)
            {
                return parsed.Error.ToProblem(text);
            }

            query = query.Where(c => c.Status == parsed.Value);
        }

        if (page is < 1 or > 10_000)
        {
            return new InputInvalid("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "1..10000").ToProblem(text);
        }

        var today = clock.TodayInKazakhstan();
        var rows = await query.OrderBy(c => c.DueOn == null).ThenBy(c => c.DueOn).ThenBy(c => c.CreatedAt)
            .Skip(((page ?? 1) - 1) * PageSize).Take(PageSize).ToListAsync(context.RequestAborted);
        var law = context.RequestServices.GetRequiredService<LawLibrary>().Abroad;
        return TypedResults.Ok(rows.Select(c => new AbroadRowJson(c.Id, c.Number, InputEnums.Kebab(c.Status), c.CurrentStep,
            InputEnums.Kebab(law.Scheme(c.SchemeId).Step(c.CurrentStep).Actor), c.DueOn, c.EscalatedAt is not null || c.DueOn < today, c.SessionId, c.CreatedAt, c.Version)).ToArray());
    }

    private static async Task<Results<Ok<AbroadCaseJson>, ProblemHttpResult>> Get(Guid id, AbroadCaseService cases, HttpContext context, IStringLocalizer<SharedResource> text) =>
        Answer(await cases.ViewAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted), context, text);

    private static async Task<Results<Ok<AbroadCaseJson>, ProblemHttpResult>> Complete(
        Guid id, AbroadStepInput body, AbroadStepService steps, AbroadCaseService cases, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var expected = ETags.ExpectedVersion(context.Request);
        if (expected.IsError)
        {
            return expected.Error.ToProblem(text);
        }

        var done = await steps.CompleteAsync(context.User.Scope()!, id, body, expected.Value, context.Actor(), context.RequestAborted);
        return done.IsError ? done.Error.ToProblem(text) : Answer(await cases.ViewAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted), context, text);
    }

    private static async Task<Results<Ok<AbroadCaseJson>, ProblemHttpResult>> Refuse(
        Guid id, RefusalJson body, AbroadStepService steps, AbroadCaseService cases, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var expected = ETags.ExpectedVersion(context.Request);
        if (expected.IsError)
        {
            return expected.Error.ToProblem(text);
        }

        var done = await steps.RefuseAsync(context.User.Scope()!, id, body.Step, body.Reason, expected.Value, context.Actor(), context.RequestAborted);
        return done.IsError ? done.Error.ToProblem(text) : Answer(await cases.ViewAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted), context, text);
    }

    private static async Task<Ok<AbroadEscalationJson[]>> Escalations(Data.JoldamaDbContext db, HttpContext context)
    {
        var scope = context.User.Scope()!;
        var list = await db.AbroadEscalations.AsNoTracking().Where(e => e.OrganizationId == scope.OrganizationId)
            .OrderBy(e => e.DueOn).Take(500).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(list.Select(e => new AbroadEscalationJson(e.Id, e.CaseId, e.Step, e.DueOn, e.RaisedAt)).ToArray());
    }

    private static async Task<Ok<AbroadCabinetJson[]>> Cabinet(AbroadCaseService cases, HttpContext context) =>
        TypedResults.Ok((await cases.CabinetAsync(context.User.Scope()!, context.Actor(), context.RequestAborted))
            .Select(r => new AbroadCabinetJson(r.Case.Number, InputEnums.Kebab(r.Case.Status), r.Case.CurrentStep,
                r.Step?.Does.In(Application.Localization.UiLanguage.Current), r.SessionDate, r.Clinic, r.Case.ContractDate)).ToArray());

    private static Results<Ok<AbroadCaseJson>, ProblemHttpResult> Answer(Result<AbroadCaseView> view, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        if (view.IsError)
        {
            return view.Error.ToProblem(text);
        }

        context.Response.Headers.ETag = ETags.Of(view.Value.Case.Version);
        return TypedResults.Ok(AbroadCaseJson.From(view.Value));
    }
}
