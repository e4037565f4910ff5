namespace Joldama.Domain.Access;

/// <summary>
/// Who is asking, as far as access goes: the role, the user's organization and its region, and
/// for a patient the IIN. Every query that reads data is filtered through this (ASVS 8.2.2).
/// </summary>
public sealed record AccessScope(Guid UserId, Role Role, Guid OrganizationId, string RegionCode, string? PatientIin)
{
    public RoleReach Reach => Roles.Of(Role).Reach;

    public bool Can(Permission permission) => Role.Grants(permission);

    /// <summary>Whether a record of <paramref name="organizationId"/> in <paramref name="regionCode"/> is within reach.</summary>
    public bool Reaches(Guid organizationId, string regionCode) => Reach switch
    {
        RoleReach.Country => true,
        RoleReach.Region => string.Equals(regionCode, RegionCode, StringComparison.Ordinal),
        RoleReach.Organization => organizationId == OrganizationId,
        _ => false,
    };
}
