namespace Joldama.Application.Notifications;

/// <summary>
/// The embedded mode's mail server (no <c>Smtp:Host</c>): appends one JSON line per message to a file
/// (<c>Smtp:SinkPath</c>, default .data/mail-outbox.log).
/// </summary>
public sealed class FileEmailSender(string path, TimeProvider clock) : IEmailSender
{
    private readonly JsonLinesFile _file = new(path);

    public async Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _file.AppendAsync(
            new { at = clock.GetUtcNow(), id = message.Id, to = message.To, subject = message.Subject, language = message.Language, body = message.Body },
            cancellationToken);
        return SendOutcome.Sent;
    }
}
