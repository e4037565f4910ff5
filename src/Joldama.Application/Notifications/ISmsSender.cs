namespace Joldama.Application.Notifications;

/// <summary>Sends a text message to a phone (E.164). Implementations: a local file sink (embedded mode); an HTTP gateway (production, later).</summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken = default);
}
