using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Application.Access;

/// <summary>Wrong login or password — the same answer for an unknown login, so logins cannot be probed.</summary>
public sealed record InvalidCredentials()
    : ValidationError("auth.invalid_credentials", "The login or the password is wrong.");

public sealed record AccountLocked(int Minutes)
    : RuleViolation("auth.locked", $"Too many failed attempts: the account is locked for {Minutes} minute(s).")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["minutes"] = Minutes.ToString(CultureInfo.InvariantCulture) };
}

/// <summary>
/// Too many failed sign-ins from the caller's address: refused without looking at the login or the password,
/// until <paramref name="RetryAfterSeconds"/> have passed (HTTP 429 with Retry-After).
/// </summary>
public sealed record SignInThrottled(int RetryAfterSeconds)
    : RuleViolation("auth.throttled", $"Too many failed sign-ins from this address: try again in {RetryAfterSeconds} second(s).")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>
    {
        ["seconds"] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture),
        ["minutes"] = ((RetryAfterSeconds + 59) / 60).ToString(CultureInfo.InvariantCulture),
    };
}

public sealed record OneTimeCodeInvalid()
    : ValidationError("auth.code_invalid", "The code is wrong or has expired. Ask for a new one.");

public sealed record OneTimeCodeTooSoon(int Seconds)
    : RuleViolation("auth.code_too_soon", $"A code was sent less than {Seconds} seconds ago.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["seconds"] = Seconds.ToString(CultureInfo.InvariantCulture) };
}

public sealed record UserNotFound(Guid Id)
    : NotFoundError("user.not_found", $"User {Id} not found.");

public sealed record LoginTaken(string Login)
    : ConflictError("user.login_taken", $"The login '{Login}' is taken.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["login"] = Login };
}

public sealed record RoleNotForOrganization(string Role, string Kind)
    : RuleViolation("user.role_not_for_organization", $"The role {Role} belongs to an organization of kind {Kind}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["role"] = Role, ["kind"] = Kind };
}

public sealed record PasswordWeak(int MinLength)
    : ValidationError("auth.password_weak", $"The password must have at least {MinLength} characters and not be a common password.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } =
        new Dictionary<string, string> { ["min"] = MinLength.ToString(CultureInfo.InvariantCulture) };
}
