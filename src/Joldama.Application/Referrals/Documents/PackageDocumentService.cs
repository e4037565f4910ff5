using Joldama.Application.Audit;
using Joldama.Application.Patients;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Referrals.Documents;

/// <summary>
/// The package's files (§34): checked by content and size, stored in the database with a SHA-256 in one transaction
/// (a failed request leaves nothing half-written), verified against the checksum on every download.
/// </summary>
public sealed class PackageDocumentService(JoldamaDbContext db, AuditLog audit, TimeProvider clock)
{
    public sealed record DownloadedDocument(ReferralDocumentRecord Document, byte[] Bytes);

    public async Task<Result<ReferralDocumentRecord>> UploadAsync(
        AccessScope scope, Guid caseId, string? kindText, string? fileName, byte[] content, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(content);
        var record = await db.ReferralCases.Within(scope, db).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null)
        {
            return new ReferralNotFound(caseId);
        }

        if (Drafts.RefuseChange(record, scope, "upload") is { } refused)
        {
            return refused;
        }

        if (!Enum.TryParse<PackageDocumentKind>(kindText?.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var kind)
            || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
        {
            return new InputInvalid("kind", kindText ?? string.Empty, "identity-document|hospitalization-referral|medical-record-extract|diagnostic-results");
        }

        var fileKind = PackageFileRules.Check(content);
        if (fileKind.IsError)
        {
            return fileKind.Error;
        }

        var document = new ReferralDocumentRecord
        {
            Id = Guid.NewGuid(),
            CaseId = caseId,
            Kind = kind,
            FileName = StoredFiles.SafeFileName(fileName, fileKind.Value),
            MediaType = PackageFileRules.MediaTypeOf(fileKind.Value),
            Size = content.LongLength,
            Sha256 = StoredFiles.Sha256Of(content),
            UploadedAt = clock.GetUtcNow(),
            UploadedByUserId = scope.UserId,
        };
        db.ReferralDocuments.Add(document);
        db.ReferralDocumentContents.Add(new ReferralDocumentContent { DocumentId = document.Id, Bytes = content });
        record.Version++;
        // Saved with the document, its bytes and the case's version, in one transaction.
        audit.Add(actor, "referral.document_upload", "referral", caseId.ToString(), await db.IinOfAsync(record.PatientId, cancellationToken), AuditOutcome.Allowed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ReferralChangedMeanwhile(record.Version);
        }

        return document;
    }

    public async Task<Result<ReferralDocumentRecord>> DeleteAsync(AccessScope scope, Guid caseId, Guid documentId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var record = await db.ReferralCases.Within(scope, db).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        var document = record is null ? null : await db.ReferralDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, cancellationToken);
        if (record is null || document is null)
        {
            return new DocumentNotFound(documentId);
        }

        if (Drafts.RefuseChange(record, scope, "delete-document") is { } refused)
        {
            return refused;
        }

        db.ReferralDocuments.Remove(document);
        record.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "referral.document_delete", "referral", caseId.ToString(), await db.IinOfAsync(record.PatientId, cancellationToken), AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return document;
    }

    /// <summary>The file's bytes, only if they still match the checksum taken at upload.</summary>
    public async Task<Result<DownloadedDocument>> DownloadAsync(AccessScope scope, Guid caseId, Guid documentId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var visible = await db.ReferralCases.Within(scope, db).Where(c => c.Id == caseId).Select(c => (Guid?)c.PatientId).SingleOrDefaultAsync(cancellationToken);
        var document = visible is null ? null : await db.ReferralDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, cancellationToken);
        if (visible is null || document is null)
        {
            return new DocumentNotFound(documentId);
        }

        var bytes = await db.ReferralDocumentContents.Where(c => c.DocumentId == documentId).Select(c => c.Bytes).SingleAsync(cancellationToken);
        var intact = StoredFiles.Sha256Of(bytes) == document.Sha256;
        await audit.AppendAsync(actor, "referral.document_read", "referral", caseId.ToString(), await db.IinOfAsync(visible.Value, cancellationToken),
            intact ? AuditOutcome.Allowed : AuditOutcome.Denied, cancellationToken);
        return intact ? new DownloadedDocument(document, bytes) : new DocumentCorrupted(documentId);
    }

    /// <summary>§34: what the package still lacks.</summary>
    public async Task<IReadOnlyList<PackageDocumentKind>> MissingAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var present = await db.ReferralDocuments.Where(d => d.CaseId == caseId).Select(d => d.Kind).Distinct().ToListAsync(cancellationToken);
        return PackageCompleteness.Missing(present);
    }
}
