using Joldama.Domain.Access;

namespace Joldama.Data.Access;

/// <summary>
/// A person who signs in: staff with a login and password (or an external OpenID Connect subject),
/// or a patient, who signs in with the IIN and a one-time code by SMS.
/// </summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }

    public required string Login { get; set; }

    public required string DisplayName { get; set; }

    public Guid OrganizationId { get; set; }

    public Role Role { get; set; }

    /// <summary>PBKDF2 hash (ASP.NET Core's PasswordHasher v3); null for patients and external accounts.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>The patient's IIN; null for staff.</summary>
    public string? PatientIin { get; set; }

    /// <summary>E.164 phone for one-time codes.</summary>
    public string? Phone { get; set; }

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public bool IsDemo { get; set; }

    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Locked now: the lock-out has not run out (an expired lock stays recorded until the next sign-in).</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
