namespace Joldama.Application.Notifications;

/// <param name="Id">The idempotency key: a gateway that sees the same id twice sends once.</param>
/// <param name="Phone">E.164, e.g. +77011234567.</param>
public sealed record SmsMessage(Guid Id, string Phone, string Text);
