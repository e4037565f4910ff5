using Joldama.Application;
using Joldama.Application.Abroad.Offers;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Abroad;

/// <summary>The working body's requests to foreign clinics and the clinics' answers (program, currency, amount, or declined).</summary>
internal static class AbroadOfferEndpoints
{
    public static void MapAbroadOfferEndpoints(this RouteGroupBuilder abroad)
    {
        abroad.MapPost("/cases/{id:guid}/offers", Request).RequirePermission(Permission.HandleAbroadCases)
            .WithSummary("Request a treatment program and a price offer from a foreign clinic (clinicName, country ISO 3166)");
        abroad.MapPut("/cases/{id:guid}/offers/{offerId:guid}", Answer).RequirePermission(Permission.HandleAbroadCases)
            .WithSummary("The clinic's answer: program, currency (ISO 4217) and amount, or declined");
    }

    private static async Task<Results<Created<AbroadOfferJson>, ProblemHttpResult>> Request(
        Guid id, OfferRequestJson body, AbroadOfferService offers, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var requested = await offers.RequestAsync(context.User.Scope()!, id, body.ClinicName, body.Country, context.Actor(), context.RequestAborted);
        return requested.IsError
            ? requested.Error.ToProblem(text)
            : TypedResults.Created($"/api/abroad/cases/{id}/offers/{requested.Value.Id}", AbroadOfferJson.From(requested.Value));
    }

    private static async Task<Results<Ok<AbroadOfferJson>, ProblemHttpResult>> Answer(
        Guid id, Guid offerId, OfferAnswerJson body, AbroadOfferService offers, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var answered = await offers.AnswerAsync(context.User.Scope()!, id, offerId, body.Program, body.Currency, body.Amount, body.Declined, context.Actor(), context.RequestAborted);
        return answered.IsError ? answered.Error.ToProblem(text) : TypedResults.Ok(AbroadOfferJson.From(answered.Value));
    }
}
