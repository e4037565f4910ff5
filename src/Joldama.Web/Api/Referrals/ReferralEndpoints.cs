using Joldama.Application;
using Joldama.Application.Referrals.Cases;
using Joldama.Application.Referrals.Workflow;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>
/// Referral cases (seed 001 §31–42): open a case (§31, §34; a retried POST with the same Idempotency-Key returns the same
/// case), read it with its ETag, the patient's choice of provider (§31 ¶2), and every workflow step (If-Match: the version read).
/// </summary>
internal static class ReferralEndpoints
{
    public static void MapReferralEndpoints(this RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Referrals");
        referrals.MapPost("/", Create).RequirePermission(Permission.PrepareReferrals)
            .WithSummary("Open a draft case (§31, §34); with an Idempotency-Key a retried request returns the first case (200) instead of a second (201)");
        referrals.MapGet("/{id:guid}", Get).RequirePermission(Permission.ViewReferrals)
            .WithSummary("One case within reach with its documents, missing documents (§34), funding, providers offered (§31 ¶2), deadline and transitions; ETag = version");
        referrals.MapPut("/{id:guid}/provider", ChooseProvider).RequirePermission(Permission.PrepareReferrals)
            .WithSummary("§31 ¶2: the patient's choice among the providers offered, while the case is a draft (If-Match)");
        referrals.MapPost("/{id:guid}/steps", Step).RequirePermission(Permission.ViewReferrals)
            .WithSummary("One step of the workflow (Domain/Referrals/README.md); the role's own permission is checked per step; If-Match: the version read (409 when changed meanwhile)");
        referrals.MapReferralDocumentEndpoints();
        referrals.MapReferralWorklistEndpoints();
        referrals.MapRefusalEndpoints();
        referrals.MapFollowUpEndpoints();
        referrals.MapAnnualReportEndpoints();
        api.MapCabinetEndpoints();
    }

    private static async Task<Results<Created<ReferralJson>, Ok<ReferralJson>, ProblemHttpResult>> Create(
        NewReferralInput body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ReferralCaseService cases, HttpContext context,
        IStringLocalizer<SharedResource> text)
    {
        var created = await cases.CreateAsync(context.User.Scope()!, body, idempotencyKey, context.Actor(), context.RequestAborted);
        if (created.IsError)
        {
            return created.Error.ToProblem(text);
        }

        var json = await ReferralAnswers.JsonAsync(created.Value.Case, context);
        return created.Value.Replayed ? TypedResults.Ok(json) : TypedResults.Created($"/api/referrals/{json.Id}", json);
    }

    private static async Task<Results<Ok<ReferralJson>, ProblemHttpResult>> Get(Guid id, ReferralCaseService cases, HttpContext context, IStringLocalizer<SharedResource> text) =>
        await Answer(await cases.GetAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted), context, text);

    private static async Task<Results<Ok<ReferralJson>, ProblemHttpResult>> ChooseProvider(
        Guid id, ProviderChoiceJson body, ReferralCaseService cases, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var expected = ETags.ExpectedVersion(context.Request);
        if (expected.IsError)
        {
            return expected.Error.ToProblem(text);
        }

        return await Answer(await cases.ChooseProviderAsync(context.User.Scope()!, id, body.ProviderId, expected.Value, context.Actor(), context.RequestAborted), context, text);
    }

    private static async Task<Results<Ok<ReferralJson>, ProblemHttpResult>> Step(
        Guid id, ReferralStepInput body, ReferralStepService steps, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var expected = ETags.ExpectedVersion(context.Request);
        if (expected.IsError)
        {
            return expected.Error.ToProblem(text);
        }

        return await Answer(await steps.StepAsync(context.User.Scope()!, id, body, expected.Value, context.Actor(), context.RequestAborted), context, text);
    }

    private static async Task<Results<Ok<ReferralJson>, ProblemHttpResult>> Answer(Result<ReferralCaseRecord> result, HttpContext context, IStringLocalizer<SharedResource> text) =>
        result.IsError ? result.Error.ToProblem(text) : TypedResults.Ok(await ReferralAnswers.JsonAsync(result.Value, context));
}

/// <summary>The provider the patient chose (null clears the choice).</summary>
internal sealed record ProviderChoiceJson(Guid? ProviderId);
