namespace Joldama.Data.Audit;

/// <summary>
/// The single row holding the chain's last sequence and hash. Appends lock it (FOR UPDATE on
/// PostgreSQL), which orders concurrent appends from several instances into one chain.
/// </summary>
public sealed class AuditHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long LastSequence { get; set; }

    public required string LastHash { get; set; }
}
