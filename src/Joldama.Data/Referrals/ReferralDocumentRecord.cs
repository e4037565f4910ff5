using Joldama.Domain.Referrals.Package;

namespace Joldama.Data.Referrals;

/// <summary>
/// A file of the package (§34). The bytes live in <see cref="ReferralDocumentContent"/>, in the same database (so an
/// upload commits with its metadata or not at all, and any instance can serve it); the SHA-256 detects corruption.
/// </summary>
public sealed class ReferralDocumentRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public PackageDocumentKind Kind { get; set; }

    public required string FileName { get; set; }

    /// <summary>The media type read from the content, not the one the uploader declared.</summary>
    public required string MediaType { get; set; }

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content, computed on upload and checked on every download.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public Guid UploadedByUserId { get; set; }
}
