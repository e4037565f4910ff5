namespace Joldama.Application.Notifications;

/// <summary>Configuration section <c>Outbox</c> (docs/notifications.md): how the delivery worker polls and retries.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Messages one pass handles at most; a full pass starts the next at once.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Attempts before a message is given up (20 ≈ 7½ hours of outage with the default delays).</summary>
    public int MaxAttempts { get; set; } = 20;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>SQLite only (no row locks): how long a claimed message is hidden from other passes while it is sent.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt: doubling from <see cref="FirstRetryDelay"/>, capped at <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var delay = FirstRetryDelay.TotalSeconds * Math.Pow(2, doublings);
        return TimeSpan.FromSeconds(Math.Min(delay, MaxRetryDelay.TotalSeconds));
    }
}
