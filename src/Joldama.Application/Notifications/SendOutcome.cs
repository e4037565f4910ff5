namespace Joldama.Application.Notifications;

/// <summary>What a transport made of one message.</summary>
public enum SendStatus
{
    /// <summary>Accepted by the gateway or mail server.</summary>
    Sent = 1,

    /// <summary>Not now (outage, timeout, busy): try again later.</summary>
    Transient = 2,

    /// <summary>Refused for good (bad number or address, rejected request): trying again cannot help.</summary>
    Permanent = 3,
}

/// <summary>
/// The outcome of one send: expected failures are values, not exceptions (docs/adr/0002).
/// <see cref="Error"/> is for the outbox row only — it may quote a server's answer, so it is never logged.
/// </summary>
public sealed record SendOutcome(SendStatus Status, string? Error)
{
    public static readonly SendOutcome Sent = new(SendStatus.Sent, null);

    public static SendOutcome Transient(string error) => new(SendStatus.Transient, error);

    public static SendOutcome Permanent(string error) => new(SendStatus.Permanent, error);
}
