namespace Joldama.Application.Notifications;

/// <summary>How the connection to the mail server is protected.</summary>
public enum SmtpSecurity
{
    None = 0,
    StartTls = 1,
    SslOnConnect = 2,
}

/// <summary>Configuration section <c>Smtp</c> (docs/notifications.md). No host: the file sink.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "Joldama <noreply@joldama.invalid>";

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Optional; with <see cref="Password"/> from the environment (<c>Smtp__Password</c>), never from the repository.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The embedded mode's sink file.</summary>
    public string SinkPath { get; set; } = ".data/mail-outbox.log";
}
