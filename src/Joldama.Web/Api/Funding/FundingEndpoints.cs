using Joldama.Application;
using Joldama.Application.Funding;
using Joldama.Domain.Funding;
using Joldama.Domain.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Funding;

internal static class FundingEndpoints
{
    public static void MapFundingEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/funding", Decide)
            .WithTags("Funding")
            .WithSummary("Which stream pays for an HTMC code: ГОБМП, ОСМС or paid basis, with the table, row and act that decide it")
            .WithDescription("form: emergency|planned; insured: yes|no; date: YYYY-MM-DD (default: today in Kazakhstan).");

    private static Results<Ok<FundingDecisionJson>, ProblemHttpResult> Decide(
        string? code, string? form, string? insured, string? date,
        FundingDecider decider, TimeProvider clock, IStringLocalizer<SharedResource> text)
    {
        var decision = FundingQuery.Parse(code, form, insured, date, clock.TodayInKazakhstan()).Bind(decider.Decide);
        return decision.IsError ? decision.Error.ToProblem(text) : TypedResults.Ok(FundingDecisionJson.From(decision.Value));
    }
}
