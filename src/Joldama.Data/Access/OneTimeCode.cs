namespace Joldama.Data.Access;

/// <summary>A one-time sign-in code sent to a patient by SMS; only its hash is kept.</summary>
public sealed class OneTimeCode
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string CodeHash { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
