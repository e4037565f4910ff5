using System.Text.Encodings.Web;
using System.Text.Json;

namespace Joldama.Application.Notifications;

/// <summary>Appends one JSON object per line to a file: the embedded mode's "gateways" write here so a developer or a test can read them.</summary>
internal sealed class JsonLinesFile(string path)
{
    // One gate for every sink file of the process: appends are short, and two writers must not interleave a line.
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task AppendAsync(object line, CancellationToken cancellationToken)
    {
        var text = JsonSerializer.Serialize(line, Readable);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await File.AppendAllTextAsync(path, text + "\n", cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }
}
