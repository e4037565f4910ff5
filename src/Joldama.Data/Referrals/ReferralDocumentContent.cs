namespace Joldama.Data.Referrals;

/// <summary>The bytes of a package file, kept apart so that lists of documents never load them.</summary>
public sealed class ReferralDocumentContent
{
    public Guid DocumentId { get; set; }

    public required byte[] Bytes { get; set; }
}
