using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Patients;
using Joldama.Application.Referrals;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Abroad.Documents;

/// <summary>
/// The files of an abroad case (the ID copy, the extract, the petition, the conclusions, the contract): the party whose
/// step it is uploads; checked by content and size, stored with a SHA-256 in the database, verified on every download —
/// the same rules as a referral package (<see cref="PackageFileRules"/>).
/// </summary>
public sealed class AbroadDocumentService(JoldamaDbContext db, LawLibrary law, AuditLog audit, TimeProvider clock)
{
    public sealed record DownloadedDocument(AbroadDocumentRecord Document, byte[] Bytes);

    public Task<List<AbroadDocumentRecord>> ListAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        db.AbroadDocuments.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.UploadedAt).ToListAsync(cancellationToken);

    public async Task<Result<AbroadDocumentRecord>> UploadAsync(
        AccessScope scope, Guid caseId, string? kindText, string? fileName, byte[] content, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(content);
        var record = await db.AbroadCases.Within(scope, db).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null)
        {
            return new AbroadCaseNotFound(caseId);
        }

        if (record.Status != AbroadCaseStatus.InProgress)
        {
            return new AbroadCaseClosed();
        }

        if (!scope.ActsFor(law.Abroad.Scheme(record.SchemeId).Step(record.CurrentStep).Actor, record))
        {
            return new AbroadStepNotPermitted("upload");
        }

        var kind = InputEnums.Parse<AbroadDocument>(kindText, "kind");
        if (kind.IsError || !AbroadStepRules.FileDocuments.Contains(kind.Value))
        {
            return new InputInvalid("kind", kindText ?? string.Empty, string.Join('|', AbroadStepRules.FileDocuments.Order().Select(InputEnums.Kebab)));
        }

        var fileKind = PackageFileRules.Check(content);
        if (fileKind.IsError)
        {
            return fileKind.Error;
        }

        var document = new AbroadDocumentRecord
        {
            Id = Guid.NewGuid(), CaseId = caseId, Kind = kind.Value, FileName = StoredFiles.SafeFileName(fileName, fileKind.Value),
            MediaType = PackageFileRules.MediaTypeOf(fileKind.Value), Size = content.LongLength, Sha256 = StoredFiles.Sha256Of(content),
            UploadedAt = clock.GetUtcNow(), UploadedByUserId = scope.UserId,
        };
        db.AbroadDocuments.Add(document);
        db.AbroadDocumentContents.Add(new AbroadDocumentContent { DocumentId = document.Id, Bytes = content });
        record.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new AbroadChangedMeanwhile(record.Version);
        }

        await audit.AppendAsync(actor, "abroad.document_upload", "abroad", caseId.ToString(), await db.IinOfAsync(record.PatientId, cancellationToken), AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return document;
    }

    /// <summary>The file's bytes, only if they still match the checksum taken at upload.</summary>
    public async Task<Result<DownloadedDocument>> DownloadAsync(AccessScope scope, Guid caseId, Guid documentId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var patientId = await db.AbroadCases.Within(scope, db).Where(c => c.Id == caseId).Select(c => (Guid?)c.PatientId).SingleOrDefaultAsync(cancellationToken);
        var document = patientId is null ? null : await db.AbroadDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, cancellationToken);
        if (patientId is null || document is null)
        {
            return new DocumentNotFound(documentId);
        }

        var bytes = await db.AbroadDocumentContents.Where(c => c.DocumentId == documentId).Select(c => c.Bytes).SingleAsync(cancellationToken);
        var intact = StoredFiles.Sha256Of(bytes) == document.Sha256;
        await audit.AppendAsync(actor, "abroad.document_read", "abroad", caseId.ToString(), await db.IinOfAsync(patientId.Value, cancellationToken),
            intact ? AuditOutcome.Allowed : AuditOutcome.Denied, cancellationToken);
        return intact ? new DownloadedDocument(document, bytes) : new DocumentCorrupted(documentId);
    }
}
