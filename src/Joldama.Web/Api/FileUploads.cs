using Joldama.Application.Shared;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Joldama.Web.Api;

/// <summary>
/// A multipart/form-data upload of one file with its <c>kind</c> field (referral packages, abroad cases). A request a
/// little over <see cref="PackageFileRules.MaxBytes"/> is still read, so that an oversized file gets the localized
/// referral.file_too_large problem rather than a bare 413.
/// </summary>
internal static class FileUploads
{
    /// <summary>The file's limit plus room for the multipart envelope and the kind field.</summary>
    public const long RequestLimit = PackageFileRules.MaxBytes + (1024 * 1024);

    public sealed record UploadedFile(string Kind, string FileName, byte[] Bytes);

    /// <summary>A stored file as uploaded. Its type is the one read from the content at upload; the browser must not guess another (nosniff).</summary>
    public static FileContentHttpResult Serve(HttpContext context, byte[] bytes, string mediaType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(bytes, mediaType, fileName);
    }

    public static async Task<Result<UploadedFile>> ReadAsync(HttpRequest request)
    {
        if (!request.HasFormContentType || request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return new InputInvalid("Content-Type", request.ContentType ?? string.Empty, "multipart/form-data");
        }

        if (request.ContentLength > RequestLimit)
        {
            return new FileTooLarge(request.ContentLength.Value, PackageFileRules.MaxBytes);
        }

        var form = await ReadFormAsync(request);
        if (form is null)
        {
            return new FileTooLarge(request.ContentLength ?? RequestLimit + 1, PackageFileRules.MaxBytes);
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return new InputInvalid("file", string.Empty, "a PDF, JPEG or PNG file");
        }

        if (file.Length > PackageFileRules.MaxBytes)
        {
            return new FileTooLarge(file.Length, PackageFileRules.MaxBytes);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return new UploadedFile(form["kind"].ToString(), file.FileName, buffer.ToArray());
    }

    /// <summary>The form with the request's body capped at <see cref="RequestLimit"/>; null when the body is larger.</summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpRequest request)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = RequestLimit;
        }

        var options = new FormOptions { MultipartBodyLengthLimit = RequestLimit, ValueCountLimit = 10 };
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
}
