using Joldama.Domain.Abroad;

namespace Joldama.Data.Abroad;

/// <summary>A file of an abroad case (petition, extract, conclusions, the contract…): bytes apart, SHA-256 checked, as for referrals.</summary>
public sealed class AbroadDocumentRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public AbroadDocument Kind { get; set; }

    public required string FileName { get; set; }

    public required string MediaType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public Guid UploadedByUserId { get; set; }
}

/// <summary>The bytes of an abroad case's file.</summary>
public sealed class AbroadDocumentContent
{
    public Guid DocumentId { get; set; }

    public required byte[] Bytes { get; set; }
}
