namespace Joldama.Data.Access;

/// <summary>
/// A signed-in session, named by the session cookie (claim <c>joldama:sid</c>). Signing out ends it
/// here, so a copy of the cookie (kept, stolen, replayed) stops working too (ASVS 7.4.1).
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
