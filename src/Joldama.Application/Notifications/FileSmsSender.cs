using System.Text.Json;

namespace Joldama.Application.Notifications;

/// <summary>
/// The embedded mode's SMS "gateway": appends one JSON line per message to a file
/// (<c>Sms:SinkPath</c>, default .data/sms-outbox.log), so a developer or a test can read the code.
/// </summary>
public sealed class FileSmsSender(string path, TimeProvider clock) : ISmsSender
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task SendAsync(string phone, string text, CancellationToken cancellationToken = default)
    {
        var line = JsonSerializer.Serialize(new { at = clock.GetUtcNow(), phone, text }, Readable);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await File.AppendAllTextAsync(path, line + "\n", cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }
}
