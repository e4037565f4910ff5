namespace Joldama.Domain.Access;

/// <summary>What a role may do; endpoints and pages require permissions, never role names.</summary>
public enum Permission
{
    ViewOrganizations,
    ManageOrganizations,
    ViewUsers,
    ManageUsers,
    ViewAudit,
    VerifyAudit,
    ViewOwnRecords,
}
