namespace Joldama.Application.Audit;

/// <summary>Who acts, as the audit log records it. <see cref="Anonymous"/> before sign-in.</summary>
public sealed record AuditActor(Guid? UserId, string Login, string Role, Guid? OrganizationId, string RemoteAddress)
{
    public static AuditActor Anonymous(string remoteAddress) => new(null, "-", "anonymous", null, remoteAddress);

    public static AuditActor System { get; } = new(null, "system", "system", null, "-");
}
