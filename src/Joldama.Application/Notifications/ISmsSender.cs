namespace Joldama.Application.Notifications;

/// <summary>Sends a text message: <see cref="HttpSmsSender"/> (a gateway) or <see cref="FileSmsSender"/> (embedded mode).</summary>
public interface ISmsSender
{
    Task<SendOutcome> SendAsync(SmsMessage message, CancellationToken cancellationToken = default);
}
