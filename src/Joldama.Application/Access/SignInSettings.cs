namespace Joldama.Application.Access;

/// <summary>Configuration section <c>SignIn</c>: lock-out and one-time codes.</summary>
public sealed class SignInSettings
{
    public const string Section = "SignIn";

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public int OneTimeCodeMinutes { get; set; } = 5;

    public int OneTimeCodeAttempts { get; set; } = 5;

    /// <summary>A new code is sent at most once in this many seconds.</summary>
    public int OneTimeCodeIntervalSeconds { get; set; } = 60;
}
