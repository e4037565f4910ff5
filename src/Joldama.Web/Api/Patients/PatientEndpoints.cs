using Joldama.Application;
using Joldama.Application.Patients;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Patients;

/// <summary>
/// The patients a clinic (or, on the §40 route, a hospital) refers: one record per IIN. The IIN travels in the body only
/// (restricted personal data, as in the identifiers API); every read is audited by <see cref="PatientService"/>.
/// </summary>
internal static class PatientEndpoints
{
    public static void MapPatientEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/patients").WithTags("Patients");
        group.MapPost("/", Save).RequirePermission(Permission.PrepareReferrals)
            .WithSummary("Register a patient (201) or update the record of a known IIN (200); one record per IIN, changed only by its attachment clinic");
        group.MapPost("/find", Find).RequirePermission(Permission.PrepareReferrals).WithSummary("Find a patient by IIN (in the body, never in the URL)");
        group.MapGet("/{id:guid}", Get).RequirePermission(Permission.PrepareReferrals).WithSummary("One patient within reach (audited)");
    }

    private static async Task<Results<Created<PatientJson>, Ok<PatientJson>, ProblemHttpResult>> Save(
        PatientInput body, PatientService patients, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var saved = await patients.SaveAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted);
        if (saved.IsError)
        {
            return saved.Error.ToProblem(text);
        }

        // A new record has version 0; an update raises it.
        var json = PatientJson.From(saved.Value);
        return saved.Value.Version == 0 ? TypedResults.Created($"/api/patients/{json.Id}", json) : TypedResults.Ok(json);
    }

    private static async Task<Results<Ok<PatientJson>, ProblemHttpResult>> Find(
        IinJson? body, PatientService patients, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var found = await patients.FindByIinAsync(context.User.Scope()!, body?.Iin, context.Actor(), context.RequestAborted);
        return found.IsError ? found.Error.ToProblem(text) : TypedResults.Ok(PatientJson.From(found.Value));
    }

    private static async Task<Results<Ok<PatientJson>, ProblemHttpResult>> Get(
        Guid id, PatientService patients, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var found = await patients.GetAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted);
        return found.IsError ? found.Error.ToProblem(text) : TypedResults.Ok(PatientJson.From(found.Value));
    }
}
