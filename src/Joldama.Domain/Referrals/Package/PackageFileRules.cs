using Joldama.Domain.Shared;

namespace Joldama.Domain.Referrals.Package;

/// <summary>
/// A package file (§34; §40 ¶1 «сканерленген нысанда») must be a PDF or an image. Its kind is read from its magic
/// bytes, so a file that lies about its type is refused; its size is capped so that one upload cannot exhaust storage.
/// </summary>
public static class PackageFileRules
{
    /// <summary>10 MiB: a scanned multi-page extract fits; the seed sets no limit (a product choice).</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly (UploadedFileKind Kind, byte[] Magic, string MediaType)[] Signatures =
    [
        (UploadedFileKind.Pdf, "%PDF-"u8.ToArray(), "application/pdf"),
        (UploadedFileKind.Jpeg, [0xFF, 0xD8, 0xFF], "image/jpeg"),
        (UploadedFileKind.Png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"),
    ];

    /// <summary>The media type Joldama serves the file with, whatever the uploader declared.</summary>
    public static string MediaTypeOf(UploadedFileKind kind) => Signatures.Single(s => s.Kind == kind).MediaType;

    /// <summary>Checks size and content; the result is the file's real kind.</summary>
    public static Result<UploadedFileKind> Check(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return new EmptyFile();
        }

        if (content.Length > MaxBytes)
        {
            return new FileTooLarge(content.Length, MaxBytes);
        }

        foreach (var (kind, magic, _) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                return kind;
            }
        }

        return new UnsupportedFileType();
    }
}
