namespace Joldama.Domain.Access;

/// <summary>How far a role sees: its own organization, its region, the whole country, or only the patient's own records.</summary>
public enum RoleReach
{
    Self,
    Organization,
    Region,
    Country,
}
