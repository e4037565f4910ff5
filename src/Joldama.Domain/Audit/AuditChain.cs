using System.Security.Cryptography;
using System.Text;

namespace Joldama.Domain.Audit;

/// <summary>
/// The hash chain of the audit log: each record carries the hash of the one before, so a changed,
/// inserted or deleted record breaks the chain (ASVS 16.4.2). The head (last sequence and hash) is
/// kept apart, so cutting records off the end is seen too.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Hash(string previousHash, long sequence, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = $"{previousHash}\n{sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n{entry.Canonical()}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Checks records in sequence order against each other and against the stored head.</summary>
    public static AuditVerification Verify(IEnumerable<ChainedAuditRecord> records, long headSequence, string headHash)
    {
        ArgumentNullException.ThrowIfNull(records);
        var expectedSequence = 1L;
        var previousHash = Genesis;
        foreach (var record in records)
        {
            if (record.Sequence != expectedSequence)
            {
                return record.Sequence > expectedSequence
                    ? AuditVerification.Broken(expectedSequence, AuditBreak.Deleted, expectedSequence - 1)
                    : AuditVerification.Broken(record.Sequence, AuditBreak.Inserted, expectedSequence - 1);
            }

            if (record.PreviousHash != previousHash)
            {
                return AuditVerification.Broken(record.Sequence, AuditBreak.Inserted, expectedSequence - 1);
            }

            if (Hash(record.PreviousHash, record.Sequence, record.Entry) != record.Hash)
            {
                return AuditVerification.Broken(record.Sequence, AuditBreak.Altered, expectedSequence - 1);
            }

            previousHash = record.Hash;
            expectedSequence++;
        }

        var last = expectedSequence - 1;
        if (last > headSequence)
        {
            // Records past the head were not appended through the log (which moves the head first): forged.
            return AuditVerification.Broken(headSequence + 1, AuditBreak.Inserted, headSequence);
        }

        if (last != headSequence || previousHash != (headSequence == 0 ? Genesis : headHash))
        {
            return AuditVerification.Broken(last + 1, AuditBreak.Deleted, last);
        }

        return AuditVerification.Intact(last);
    }
}
