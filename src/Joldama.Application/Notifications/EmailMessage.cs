namespace Joldama.Application.Notifications;

/// <param name="Id">The idempotency key, sent as Message-Id &lt;{Id}@joldama&gt;.</param>
/// <param name="Language">"kk" or "ru", sent as Content-Language.</param>
public sealed record EmailMessage(Guid Id, string To, string Subject, string Body, string Language);
