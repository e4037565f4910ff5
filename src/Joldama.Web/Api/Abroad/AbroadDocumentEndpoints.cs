using Joldama.Application;
using Joldama.Application.Abroad.Documents;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Abroad;

/// <summary>The case's files: the party whose step it is uploads (multipart: kind + file); anyone with the case in reach downloads (audited).</summary>
internal static class AbroadDocumentEndpoints
{
    public static void MapAbroadDocumentEndpoints(this RouteGroupBuilder abroad)
    {
        abroad.MapPost("/cases/{id:guid}/documents", Upload).RequirePermission(Permission.ViewAbroadCases)
            .Accepts<Referrals.DocumentUploadForm>("multipart/form-data")
            .WithSummary("Add a file: kind (id-copy|medical-record-extract|petition|medical-conclusion|expediency-conclusion|vkk-conclusion|institute-conclusion|contract) and file (PDF, JPEG or PNG by content, at most 10 MiB); the current step's actor only");
        abroad.MapGet("/cases/{id:guid}/documents/{documentId:guid}", Download).RequirePermission(Permission.ViewAbroadCases)
            .WithSummary("The file as uploaded, only if it still matches its SHA-256 (audited)");
    }

    private static async Task<Results<Created<AbroadDocumentJson>, ProblemHttpResult>> Upload(
        Guid id, HttpRequest request, AbroadDocumentService documents, IStringLocalizer<SharedResource> text)
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
            : TypedResults.Created($"/api/abroad/cases/{id}/documents/{uploaded.Value.Id}", AbroadDocumentJson.From(uploaded.Value));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        Guid id, Guid documentId, AbroadDocumentService documents, HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var downloaded = await documents.DownloadAsync(context.User.Scope()!, id, documentId, context.Actor(), context.RequestAborted);
        if (downloaded.IsError)
        {
            return downloaded.Error.ToProblem(text);
        }

        var document = downloaded.Value.Document;
        return FileUploads.Serve(context, downloaded.Value.Bytes, document.MediaType, document.FileName);
    }
}
