namespace Joldama.Domain.Referrals.Package;

/// <summary>What a package file really is, read from its first bytes (never from its name or the declared type).</summary>
public enum UploadedFileKind
{
    Pdf,
    Jpeg,
    Png,
}
