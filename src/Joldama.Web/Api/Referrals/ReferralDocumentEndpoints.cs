using Joldama.Application;
using Joldama.Application.Referrals.Documents;
using Joldama.Application.Shared;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals.Package;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>
/// The package's files (§34; §40 ¶1 scanned): upload as multipart/form-data (kind + file), download with the stored media
/// type, delete while the case is a draft. A request a little over <see cref="PackageFileRules.MaxBytes"/> is still read,
/// so that an oversized file gets the localized referral.file_too_large problem rather than a bare 413.
/// </summary>
internal static class ReferralDocumentEndpoints
{
    /// <summary>The file's limit plus room for the multipart envelope and the kind field.</summary>
    public const long UploadRequestLimit = PackageFileRules.MaxBytes + (1024 * 1024);

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
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new InputInvalid("Content-Type", request.ContentType ?? string.Empty, "multipart/form-data").ToProblem(text);
        }

        if (request.ContentLength > UploadRequestLimit)
        {
            return new FileTooLarge(request.ContentLength.Value, PackageFileRules.MaxBytes).ToProblem(text);
        }

        var form = await ReadFormAsync(request);
        if (form is null)
        {
            return new FileTooLarge(request.ContentLength ?? UploadRequestLimit + 1, PackageFileRules.MaxBytes).ToProblem(text);
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return new InputInvalid("file", string.Empty, "a PDF, JPEG or PNG file").ToProblem(text);
        }

        if (file.Length > PackageFileRules.MaxBytes)
        {
            return new FileTooLarge(file.Length, PackageFileRules.MaxBytes).ToProblem(text);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var context = request.HttpContext;
        var uploaded = await documents.UploadAsync(context.User.Scope()!, id, form["kind"].ToString(), file.FileName, buffer.ToArray(), context.Actor(), context.RequestAborted);
        return uploaded.IsError
            ? uploaded.Error.ToProblem(text)
            : TypedResults.Created($"/api/referrals/{id}/documents/{uploaded.Value.Id}", DocumentJson.From(uploaded.Value));
    }

    /// <summary>The form with the request's body capped at <see cref="UploadRequestLimit"/>; null when the body is larger.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpRequest request)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = UploadRequestLimit;
        }

        var options = new FormOptions { MultipartBodyLengthLimit = UploadRequestLimit, ValueCountLimit = 10 };
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, options));
        try
        {
            return await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return null; // the multipart body exceeded the limit
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null; // the server's request body limit
        }
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid id, Guid documentId, PackageDocumentService documents, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var downloaded = await documents.DownloadAsync(context.User.Scope()!, id, documentId, context.Actor(), context.RequestAborted);
        if (downloaded.IsError)
        {
            return downloaded.Error.ToProblem(text);
        }

        // The stored type is the one read from the content at upload; the browser must not guess another (nosniff).
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var document = downloaded.Value.Document;
        return TypedResults.File(downloaded.Value.Bytes, document.MediaType, document.FileName);
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
