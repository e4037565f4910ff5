namespace Joldama.Domain.Audit;

/// <summary>How the chain is broken at the first bad record.</summary>
public enum AuditBreak
{
    /// <summary>A record's content no longer matches its hash.</summary>
    Altered,

    /// <summary>A record is missing: a gap in the sequence, or the end cut off before the head.</summary>
    Deleted,

    /// <summary>A record that the chain does not lead to: a repeated sequence or a wrong previous hash.</summary>
    Inserted,
}
