namespace Joldama.Domain.Audit;

/// <summary>The result of verifying the chain: intact over N records, or the first break and what kind.</summary>
public sealed record AuditVerification(bool IsIntact, long VerifiedRecords, long? BrokenAtSequence, AuditBreak? Break)
{
    public static AuditVerification Intact(long records) => new(true, records, null, null);

    public static AuditVerification Broken(long sequence, AuditBreak kind, long verified) => new(false, verified, sequence, kind);
}
