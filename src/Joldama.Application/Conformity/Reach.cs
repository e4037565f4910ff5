using Joldama.Data.Conformity;
using Joldama.Domain.Access;

namespace Joldama.Application.Conformity;

/// <summary>The one filter of conformity records by the caller's reach: own organization, own region, or the country.</summary>
internal static class Reach
{
    public static IQueryable<T> Within<T>(this IQueryable<T> all, AccessScope scope)
        where T : IHeldRecord
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Reach switch
        {
            RoleReach.Country => all,
            RoleReach.Region => all.Where(r => r.RegionCode == scope.RegionCode),
            RoleReach.Organization => all.Where(r => r.OrganizationId == scope.OrganizationId),
            _ => all.Where(_ => false),
        };
    }
}
