using Joldama.Application;
using Joldama.Application.Access;
using Joldama.Data;
using Joldama.Data.Access;
using Joldama.Domain.Access;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Account;

/// <summary>Sign-in for API clients and the pages' scripts: the same rules and audit as the sign-in pages.</summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/account").WithTags("Account");
        group.MapPost("/signin", SignIn).AllowAnonymous().WithSummary("Sign in with login and password (staff); sets the session cookie");
        group.MapPost("/patient/code", SendCode).AllowAnonymous().WithSummary("Send a one-time sign-in code by SMS to the patient with this IIN");
        group.MapPost("/patient/verify", VerifyCode).AllowAnonymous().WithSummary("Sign in as a patient with the IIN and the code");
        group.MapPost("/signout", (Delegate)SignOut).RequireAuthorization().WithSummary("End the session");
        group.MapGet("/me", Me).RequireAuthorization().WithSummary("Who is signed in: role, reach, organization, region, permissions");
    }

    public static async Task<Result<bool>> StartSessionAsync(HttpContext context, JoldamaDbContext db, UserAccount user, TimeProvider clock)
    {
        var principal = await AuthenticationSetup.PrincipalForAsync(db, user, clock.GetUtcNow(), context.RequestAborted);
        if (principal is null)
        {
            return new UserNotFound(user.Id);
        }

        await context.SignInAsync(JoldamaClaims.Scheme, principal);
        return true;
    }

    private static async Task<Results<Ok<MeJson>, ProblemHttpResult>> SignIn(
        SignInJson body, SignInService signIn, JoldamaDbContext db, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var user = await signIn.PasswordAsync(body.Login, body.Password, context.Actor().RemoteAddress, context.RequestAborted);
        return await Complete(user, db, clock, context, text);
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> SendCode(PatientCodeJson body, SignInService signIn, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var sent = await signIn.SendPatientCodeAsync(body.Iin, context.Actor().RemoteAddress, context.RequestAborted);
        if (sent.IsError)
        {
            sent.Error.AddHeaders(context.Response);
            return sent.Error.ToProblem(text);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<Ok<MeJson>, ProblemHttpResult>> VerifyCode(
        PatientCodeJson body, SignInService signIn, JoldamaDbContext db, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var user = await signIn.VerifyPatientCodeAsync(body.Iin, body.Code, context.Actor().RemoteAddress, context.RequestAborted);
        return await Complete(user, db, clock, context, text);
    }

    private static async Task<NoContent> SignOut(HttpContext context)
    {
        await AuthenticationSetup.EndSessionAsync(context);
        return TypedResults.NoContent();
    }

    private static Ok<MeJson> Me(HttpContext context) => TypedResults.Ok(MeJson.From(context.User.Scope()!, context.User.Identity?.Name ?? "-"));

    private static async Task<Results<Ok<MeJson>, ProblemHttpResult>> Complete(
        Result<UserAccount> user, JoldamaDbContext db, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        if (user.IsError)
        {
            user.Error.AddHeaders(context.Response);
            return user.Error.ToProblem(text);
        }

        var started = await StartSessionAsync(context, db, user.Value, clock);
        if (started.IsError)
        {
            return started.Error.ToProblem(text);
        }

        var region = await db.Organizations.Where(o => o.Id == user.Value.OrganizationId).Select(o => o.RegionCode).SingleAsync(context.RequestAborted);
        var scope = new AccessScope(user.Value.Id, user.Value.Role, user.Value.OrganizationId, region, user.Value.PatientIin);
        return TypedResults.Ok(MeJson.From(scope, user.Value.Login));
    }
}

internal sealed record SignInJson(string? Login, string? Password);

internal sealed record PatientCodeJson(string? Iin, string? Code);

internal sealed record MeJson(Guid UserId, string Login, string Role, string Reach, Guid OrganizationId, string Region, IReadOnlyList<string> Permissions)
{
    public static MeJson From(AccessScope scope, string login) => new(
        scope.UserId, login, scope.Role.ToString(), scope.Reach.ToString(), scope.OrganizationId, scope.RegionCode,
        Roles.Of(scope.Role).Permissions.Select(p => p.ToString()).Order(StringComparer.Ordinal).ToArray());
}
