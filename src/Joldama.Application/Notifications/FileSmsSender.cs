namespace Joldama.Application.Notifications;

/// <summary>
/// The embedded mode's SMS "gateway" (no <c>Sms:GatewayUrl</c>): appends one JSON line per message to a file
/// (<c>Sms:SinkPath</c>, default .data/sms-outbox.log), so a developer or a test can read the code.
/// </summary>
public sealed class FileSmsSender(string path, TimeProvider clock) : ISmsSender
{
    private readonly JsonLinesFile _file = new(path);

    public async Task<SendOutcome> SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _file.AppendAsync(new { at = clock.GetUtcNow(), id = message.Id, phone = message.Phone, text = message.Text }, cancellationToken);
        return SendOutcome.Sent;
    }
}
