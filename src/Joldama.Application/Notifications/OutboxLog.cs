using Joldama.Domain.Notifications;
using Microsoft.Extensions.Logging;

namespace Joldama.Application.Notifications;

/// <summary>The outbox's log lines: ids, channels and counts only — never a recipient or a text (personal data).</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id} ({Channel}) delivered on attempt {Attempt}.")]
    public static partial void Delivered(ILogger log, Guid id, NotificationChannel channel, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Channel}) not delivered on attempt {Attempt}; next attempt at {NextAttemptAt}.")]
    public static partial void Retrying(ILogger log, Guid id, NotificationChannel channel, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} ({Channel}) given up after attempt {Attempt} ({Status}).")]
    public static partial void GivenUp(ILogger log, Guid id, NotificationChannel channel, int attempt, SendStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id}: the {Channel} transport threw.")]
    public static partial void TransportThrew(ILogger log, Exception exception, Guid id, NotificationChannel channel);
}
