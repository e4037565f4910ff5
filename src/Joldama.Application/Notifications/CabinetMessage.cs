namespace Joldama.Application.Notifications;

/// <summary>A message in the patient's personal cabinet (§39 ¶2 (3)).</summary>
public sealed record CabinetMessage(Guid Id, string? Subject, string Body, string Language, string Topic, Guid? ReferralId, DateTimeOffset CreatedAt);
