namespace Joldama.Domain.Audit;

/// <summary>An audit entry as stored: its place in the chain and the hashes that bind it there.</summary>
public sealed record ChainedAuditRecord(long Sequence, AuditEntry Entry, string PreviousHash, string Hash);
