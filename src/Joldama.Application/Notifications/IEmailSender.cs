namespace Joldama.Application.Notifications;

/// <summary>Sends an e-mail: <see cref="SmtpEmailSender"/> (a mail server) or <see cref="FileEmailSender"/> (embedded mode).</summary>
public interface IEmailSender
{
    Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
