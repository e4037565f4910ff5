using System.Text.Json;

namespace Joldama.E2E.Infrastructure;

/// <summary>The app's SMS sink file (one JSON line per message: at, id, phone, text), as the scenarios read it.</summary>
internal static class SmsSink
{
    /// <summary>The demo's resend interval of one-time codes is one minute (SignIn:OneTimeCodeIntervalSeconds); one second more.</summary>
    private static readonly TimeSpan ResendInterval = TimeSpan.FromSeconds(61);

    /// <summary>
    /// Waits until a new code may be sent to <paramref name="phone"/>: another scenario on the same server may have signed
    /// the demo patient in less than a minute ago, and the app then (rightly) refuses to send another.
    /// </summary>
    public static async Task WaitUntilCodeMayBeSentAsync(string path, string phone)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var last = (await File.ReadAllLinesAsync(path)).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(m => m.GetProperty("phone").GetString() == phone).Select(m => m.GetProperty("at").GetDateTimeOffset()).DefaultIfEmpty().Max();
        var wait = last + ResendInterval - TimeProvider.System.GetUtcNow();
        if (last != default && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
