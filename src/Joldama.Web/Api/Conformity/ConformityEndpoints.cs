using Joldama.Application;
using Joldama.Application.Conformity.Evaluation;
using Joldama.Application.Law;
using Joldama.Domain.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Conformity;

internal static class ConformityEndpoints
{
    /// <summary>Read as text and parsed with the CLI's strict options: an unknown property is a problem, not silence.</summary>
    private static async Task<Results<Ok<EvaluationResult>, ProblemHttpResult>> Evaluate(
        HttpRequest request, LawLibrary law, TimeProvider clock, IStringLocalizer<SharedResource> text)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var result = EvaluationRequestJson.Read(body).Bind(r => new ConformityEvaluationService(law.Catalog).Evaluate(r, clock.TodayInKazakhstan()));
        return result.IsError ? result.Error.ToProblem(text) : TypedResults.Ok(result.Value);
    }

    public static void MapConformityEndpoints(this RouteGroupBuilder api)
    {
        var conformity = api.MapGroup("/conformity").WithTags("Conformity");
        conformity.MapResourceEndpoints();
        conformity.MapResourceImportEndpoints();
        conformity.MapApplicationEndpoints();
        conformity.MapConclusionEndpoints();
        conformity.MapPost("/evaluate", Evaluate).AllowAnonymous().Accepts<Application.Conformity.Evaluation.EvaluationRequest>("application/json")
            .WithSummary("Evaluate staff and devices given in the request against Appendix 2 (nothing is stored; the JSON of `joldama conformity evaluate`, docs/conformity-evaluate.md)");
    }
}
