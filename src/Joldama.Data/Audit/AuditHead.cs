namespace Joldama.Data.Audit;

/// <summary>
/// The single row holding the chain's last sequence and hash. Only the chaining job locks it (one instance at a
/// time chains; requests never touch it), so writers do not queue on it.
/// </summary>
public sealed class AuditHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long LastSequence { get; set; }

    public required string LastHash { get; set; }
}
