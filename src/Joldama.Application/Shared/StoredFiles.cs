using System.Security.Cryptography;
using Joldama.Domain.Referrals.Package;

namespace Joldama.Application.Shared;

/// <summary>Uploaded files (referral packages, abroad cases): a safe name and the checksum taken at upload and checked on download.</summary>
public static class StoredFiles
{
    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Only the last segment of the name, without control or path characters; an extension that matches the content.</summary>
    public static string SafeFileName(string? fileName, UploadedFileKind kind)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('/' or ':' or '*' or '?' or '"' or '<' or '>' or '|'))]).Trim().TrimStart('.');
        var extension = kind switch { UploadedFileKind.Pdf => ".pdf", UploadedFileKind.Jpeg => ".jpg", _ => ".png" };
        if (name.Length == 0)
        {
            name = "document";
        }

        if (!name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            name += extension;
        }

        return name.Length > 200 ? name[^200..] : name;
    }
}
