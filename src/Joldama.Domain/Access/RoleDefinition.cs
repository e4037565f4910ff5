using Joldama.Domain.Organizations;

namespace Joldama.Domain.Access;

/// <summary>What a role is: its reach, the kind of organization its users belong to, and its permissions.</summary>
public sealed record RoleDefinition(Role Role, RoleReach Reach, OrganizationKind OrganizationKind, IReadOnlySet<Permission> Permissions);
