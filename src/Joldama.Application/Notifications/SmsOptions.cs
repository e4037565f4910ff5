namespace Joldama.Application.Notifications;

/// <summary>Configuration section <c>Sms</c> (docs/notifications.md). No gateway URL: the file sink.</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    /// <summary>The embedded mode's sink file.</summary>
    public string SinkPath { get; set; } = ".data/sms-outbox.log";

    /// <summary>The gateway's endpoint; POST {id, phone, text} as JSON.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>From the environment (<c>Sms__ApiKey</c>) or a secret store, never from the repository.</summary>
    public string? ApiKey { get; set; }

    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
