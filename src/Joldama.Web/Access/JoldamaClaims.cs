using System.Security.Claims;
using Joldama.Application.Audit;
using Joldama.Domain.Access;

namespace Joldama.Web.Access;

/// <summary>The claims of a signed-in user and the <see cref="AccessScope"/> they make.</summary>
internal static class JoldamaClaims
{
    public const string Scheme = "joldama";
    public const string Organization = "joldama:org";
    public const string Region = "joldama:region";
    public const string PatientIin = "joldama:iin";
    public const string IssuedAt = "joldama:issued";
    public const string SessionId = "joldama:sid";

    public static ClaimsPrincipal Principal(Guid userId, string login, Role role, Guid organizationId, string regionCode, string? patientIin, DateTimeOffset issuedAt, Guid sessionId)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId.ToString()),
            new(ClaimTypes.Name, login),
            new(ClaimTypes.Role, role.ToString()),
            new(Organization, organizationId.ToString()),
            new(Region, regionCode),
            new(IssuedAt, issuedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(SessionId, sessionId.ToString()),
        };
        if (patientIin is not null)
        {
            claims.Add(new Claim(PatientIin, patientIin));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>The caller's scope, or null when not signed in.</summary>
    public static AccessScope? Scope(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role)
            || !Guid.TryParse(user.FindFirstValue(Organization), out var organization))
        {
            return null;
        }

        return new AccessScope(id, role, organization, user.FindFirstValue(Region) ?? string.Empty, user.FindFirstValue(PatientIin));
    }

    /// <summary>The server-side session the cookie names, or null.</summary>
    public static Guid? Session(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SessionId), out var id) ? id : null;

    /// <summary>Who acts in this request, for the audit log.</summary>
    public static AuditActor Actor(this HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress?.ToString() ?? "-";
        return context.User.Scope() is { } scope
            ? new AuditActor(scope.UserId, context.User.Identity?.Name ?? "-", scope.Role.ToString(), scope.OrganizationId, remote)
            : AuditActor.Anonymous(remote);
    }
}
