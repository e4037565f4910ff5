using Joldama.Application;
using Joldama.Application.Audit;
using Joldama.Application.Localization;
using Joldama.Application.Notifications;
using Joldama.Application.Referrals.Cases;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>
/// The patient's personal cabinet (§39 ¶2 (3)): the signed-in patient's own cases — state, number, provider, date — with
/// the §37 ways to get the referral once it is registered, and the cabinet messages.
/// </summary>
internal static class CabinetEndpoints
{
    public static void MapCabinetEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/cabinet", Cabinet).RequirePermission(Permission.ViewOwnRecords).WithTags("Referrals")
            .WithSummary("The signed-in patient's own referral cases (how to get the referral, §37) and cabinet messages (§39 ¶2 (3))");
        api.MapGet("/cabinet/referrals/{id:guid}", OwnCase).RequirePermission(Permission.ViewOwnRecords).WithTags("Referrals")
            .WithSummary("One of the signed-in patient's own cases once sent to the commission (another patient's: 404)");
    }

    private static async Task<Ok<CabinetJson>> Cabinet(
        ReferralCaseService cases, JoldamaDbContext db, AuditLog audit, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var scope = context.User.Scope()!;
        var cancel = context.RequestAborted;
        var patient = scope.PatientIin is null ? null : await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Iin == scope.PatientIin, cancel);
        if (patient is null)
        {
            return TypedResults.Ok(new CabinetJson([], []));
        }

        var own = await cases.Visible(scope).OrderByDescending(c => c.CreatedAt).Take(100).ToListAsync(cancel);
        await audit.AppendAsync(context.Actor(), "cabinet.read", "patient", patient.Id.ToString(), patient.Iin, AuditOutcome.Allowed, cancel);
        var names = await OrganizationNames.LoadAsync(db, [.. own.Select(c => c.ProviderOrganizationId), patient.AttachmentOrganizationId], cancel);
        var clinic = names.Of(patient.AttachmentOrganizationId) ?? string.Empty;
        var messages = await Outbox.CabinetAsync(db, patient.Id, cancellationToken: cancel);
        return TypedResults.Ok(new CabinetJson(
            [.. own.Select(c => new CabinetCaseJson(c.Id, c.ReferralNumber, c.HtmcCode, InputEnums.Kebab(c.State), c.StateSince,
                names.Json(c.ProviderOrganizationId), c.HospitalizationDate,
                c.ReferralNumber is null ? [] : ObtainWays(text, names.Of(c.ProviderOrganizationId) ?? string.Empty, clinic)))],
            [.. messages.Select(m => new CabinetMessageJson(m.Id, m.Subject, m.Body, m.Topic, m.ReferralId, m.CreatedAt))]));
    }

    private static async Task<Results<Ok<ReferralJson>, ProblemHttpResult>> OwnCase(
        Guid id, ReferralCaseService cases, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var found = await cases.GetAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted);
        if (found.IsError)
        {
            return found.Error.ToProblem(text);
        }

        // The patient sees who acted by party (commission, provider…), not the staff's logins.
        var json = await ReferralAnswers.JsonAsync(found.Value, context);
        return TypedResults.Ok(json with { Transitions = [.. json.Transitions.Select(t => t with { ActorLogin = string.Empty, ActorOrganizationId = null })] });
    }

    /// <summary>§37: the registered referral is received (1) from the web portal, (2) at the provider's admission department, (3) at the attachment clinic on request.</summary>
    private static string[] ObtainWays(IStringLocalizer text, string provider, string clinic) =>
    [
        text["cabinet.obtain.portal"],
        text.Describe("cabinet.obtain.admission", new Dictionary<string, string> { ["provider"] = provider }, provider),
        text.Describe("cabinet.obtain.clinic", new Dictionary<string, string> { ["clinic"] = clinic }, clinic),
    ];
}

internal sealed record CabinetJson(IReadOnlyList<CabinetCaseJson> Cases, IReadOnlyList<CabinetMessageJson> Messages);

internal sealed record CabinetCaseJson(
    Guid Id, string? Number, string HtmcCode, string State, DateTimeOffset StateSince, OrganizationJson? Provider, DateOnly? HospitalizationDate,
    IReadOnlyList<string> HowToGetReferral);

internal sealed record CabinetMessageJson(Guid Id, string? Subject, string Body, string Topic, Guid? ReferralId, DateTimeOffset CreatedAt);
