using Joldama.Application;
using Joldama.Application.Referrals.Documents;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>
/// The package's files (§34; §40 ¶1 scanned): upload as multipart/form-data (kind + file, read by <see cref="FileUploads"/>),
/// download with the stored media type, delete while the case is a draft.
/// </summary>
internal static class ReferralDocumentEndpoints
{

    public static void MapReferralDocumentEndpoints(this RouteGroupBuilder referrals)
    {
        referrals.MapPost("/{id:guid}/documents", Upload).RequirePermission(Permission.PrepareReferrals)
            .Accepts<DocumentUploadForm>("multipart/form-data")
            .WithSummary("§34: add a document to the draft's package: form fields kind (identity-document|hospitalization-referral|medical-record-extract|diagnostic-results) and file (PDF, JPEG or PNG by content, at most 10 MiB)");
        referrals.MapGet("/{id:guid}/documents/{documentId:guid}", Download).RequirePermission(Permission.ViewReferrals)
            .WithSummary("The file as uploaded, with its stored media type, only if it still matches its SHA-256 (audited)");
        referrals.MapDelete("/{id:guid}/documents/{documentId:guid}", Delete).RequirePermission(Permission.PrepareReferrals)
            .WithSummary("Remove a document from the draft's package");
    }

    private static async Task<Results<Created<DocumentJson>, ProblemHttpResult>> Upload(
        Guid id, HttpRequest request, PackageDocumentService documents, IStringLocalizer<SharedResource> text)
    {
        var file = await FileUploads.ReadAsync(request);
        if (file.IsError)
        {
            return file.Error.ToProblem(text);
        }

        var context = request.HttpContext;
        var uploaded = await documents.UploadAsync(context.User.Scope()!, id, file.Value.Kind, file.Value.FileName, file.Value.Bytes, context.Actor(), context.RequestAborted);
        return uploaded.IsError
            ? uploaded.Error.ToProblem(text)
            : TypedResults.Created($"/api/referrals/{id}/documents/{uploaded.Value.Id}", DocumentJson.From(uploaded.Value));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid id, Guid documentId, PackageDocumentService documents, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var downloaded = await documents.DownloadAsync(context.User.Scope()!, id, documentId, context.Actor(), context.RequestAborted);
        if (downloaded.IsError)
        {
            return downloaded.Error.ToProblem(text);
        }

        var document = downloaded.Value.Document;
        return FileUploads.Serve(context, downloaded.Value.Bytes, document.MediaType, document.FileName);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, Guid documentId, PackageDocumentService documents, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var deleted = await documents.DeleteAsync(context.User.Scope()!, id, documentId, context.Actor(), context.RequestAborted);
        return deleted.IsError ? deleted.Error.ToProblem(text) : TypedResults.NoContent();
    }
}

/// <summary>The upload form, for the OpenAPI document: the document's kind and the file.</summary>
internal sealed record DocumentUploadForm(string Kind, IFormFile File);
