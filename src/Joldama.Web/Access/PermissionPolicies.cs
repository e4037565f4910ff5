using Joldama.Domain.Access;

namespace Joldama.Web.Access;

/// <summary>One authorization policy per <see cref="Permission"/>: endpoints require permissions, never role names.</summary>
internal static class PermissionPolicies
{
    public static void AddPermissionPolicies(this Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            options.AddPolicy(permission.ToString(), policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.Scope()?.Can(permission) == true));
        }
    }

    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(permission.ToString());
}
