using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Joldama.Application.Notifications;

/// <summary>
/// E-mail through an SMTP server (MailKit), one connection per message. The message id is the Message-Id
/// (<c>&lt;{id}@joldama&gt;</c>), so a receiver can drop a copy sent again after a lost answer.
/// A 4xx answer, a timeout or no connection are transient; a 5xx answer or a malformed address are permanent.
/// </summary>
public sealed class SmtpEmailSender(SmtpOptions options, TimeProvider clock) : IEmailSender
{
    public static string MessageIdOf(Guid id) => string.Create(CultureInfo.InvariantCulture, $"{id:D}@joldama");

    public async Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MailboxAddress.TryParse(message.To, out var to) || !MailboxAddress.TryParse(options.From, out var from))
        {
            return SendOutcome.Permanent("malformed e-mail address");
        }

        using var mime = new MimeMessage { MessageId = MessageIdOf(message.Id), Subject = message.Subject, Date = clock.GetUtcNow() };
        mime.From.Add(from);
        mime.To.Add(to);
        var body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.Body };
        body.Headers.Add(HeaderId.ContentLanguage, message.Language); // a Content-* header belongs to the body part in MimeKit
        mime.Body = body;
        return await DeliverAsync(mime, cancellationToken);
    }

    private async Task<SendOutcome> DeliverAsync(MimeMessage mime, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), options.Port, SocketOptions(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            var answer = string.Create(CultureInfo.InvariantCulture, $"SMTP {(int)e.StatusCode} ({e.ErrorCode})");
            return (int)e.StatusCode >= 500 ? SendOutcome.Permanent(answer) : SendOutcome.Transient(answer);
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or SmtpProtocolException
                                      or ServiceNotConnectedException or AuthenticationException or SslHandshakeException)
        {
            return SendOutcome.Transient("SMTP " + e.GetType().Name);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Transient("SMTP timed out");
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or TimeoutException)
        {
            // The server has the message already: a failed goodbye must not make it sent twice.
        }

        return SendOutcome.Sent;
    }

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Unknown SMTP security."),
    };
}
