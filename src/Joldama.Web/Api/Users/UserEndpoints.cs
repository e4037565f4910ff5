using Joldama.Application;
using Joldama.Application.Access;
using Joldama.Data.Access;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Users;

internal static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", List).RequirePermission(Permission.ViewUsers).WithSummary("Users of the organizations within the caller's reach");
        group.MapGet("/{id:guid}", Get).RequireAuthorization().WithSummary("One's own account; another user needs ViewUsers (403), then 404 outside reach");
        group.MapPost("/", Create).RequirePermission(Permission.ManageUsers).WithSummary("Create a user: role fits the organization's kind, strong password");
    }

    private static async Task<Ok<UserJson[]>> List(UserService users, TimeProvider clock, HttpContext context) =>
        TypedResults.Ok((await users.ListAsync(context.User.Scope()!, context.Actor(), context.RequestAborted))
            .Select(u => UserJson.From(u, clock.GetUtcNow())).ToArray());

    private static async Task<Results<Ok<UserJson>, ProblemHttpResult, ForbidHttpResult>> Get(
        Guid id, UserService users, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        if (!UserService.MayRead(context.User.Scope()!, id))
        {
            await users.RecordRefusedReadAsync(id, context.Actor(), context.RequestAborted);
            return TypedResults.Forbid();
        }

        var user = await users.GetAsync(context.User.Scope()!, id, context.Actor(), context.RequestAborted);
        return user.IsError ? user.Error.ToProblem(text) : TypedResults.Ok(UserJson.From(user.Value, clock.GetUtcNow()));
    }

    private static async Task<Results<Created<UserJson>, ProblemHttpResult>> Create(NewUser body, UserService users, TimeProvider clock, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var created = await users.CreateAsync(context.User.Scope()!, body, context.Actor(), context.RequestAborted);
        return created.IsError ? created.Error.ToProblem(text) : TypedResults.Created($"/api/users/{created.Value.Id}", UserJson.From(created.Value, clock.GetUtcNow()));
    }
}

/// <summary>A user as the API shows it: never the password hash; a patient's IIN masked.</summary>
internal sealed record UserJson(Guid Id, string Login, string DisplayName, string Role, Guid OrganizationId, string? PatientIinMasked, bool Locked, bool Disabled, bool Demo)
{
    public static UserJson From(UserAccount u, DateTimeOffset now) => new(
        u.Id, u.Login, u.DisplayName, u.Role.ToString(), u.OrganizationId, Application.Audit.AuditSearch.Mask(u.PatientIin) is { Length: > 0 } m ? m : null,
        u.IsLockedAt(now), u.IsDisabled, u.IsDemo);
}
