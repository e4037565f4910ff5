namespace Joldama.Application.Access;

/// <summary>Configuration section <c>SignIn</c>: lock-out, throttling per address and one-time codes.</summary>
public sealed class SignInSettings
{
    public const string Section = "SignIn";

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// Failed sign-ins (password or SMS code, any account) from one remote address within
    /// <see cref="AddressWindowMinutes"/> after which that address is refused until the oldest of them leaves the
    /// window; against guessing one password over many accounts. 0 turns the throttle off.
    /// </summary>
    public int MaxFailedAttemptsPerAddress { get; set; } = 20;

    public int AddressWindowMinutes { get; set; } = 15;

    public int OneTimeCodeMinutes { get; set; } = 5;

    public int OneTimeCodeAttempts { get; set; } = 5;

    /// <summary>A new code is sent at most once in this many seconds.</summary>
    public int OneTimeCodeIntervalSeconds { get; set; } = 60;
}
