using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Referrals.Package;

/// <summary>An uploaded file with no bytes.</summary>
public sealed record EmptyFile() : ValidationError("referral.file_empty", "The file is empty.");

/// <summary>An uploaded file over <see cref="PackageFileRules.MaxBytes"/>.</summary>
public sealed record FileTooLarge(long Size, long Limit)
    : ValidationError("referral.file_too_large", $"The file has {Size} bytes; at most {Limit} are accepted.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(
        ("size", Megabytes(Size)), ("limit", Megabytes(Limit)));

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>Neither a PDF nor a JPEG/PNG image by its content, whatever its name says.</summary>
public sealed record UnsupportedFileType()
    : ValidationError("referral.file_type", "Only PDF, JPEG and PNG files are accepted (checked by content).");

/// <summary>§34: the package lacks documents; the list names them.</summary>
public sealed record PackageIncomplete(IReadOnlyList<PackageDocumentKind> Missing)
    : RuleViolation("referral.package_incomplete", $"The package lacks: {string.Join(", ", Missing)}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = ReferralErrorArgs.Of(("missing", string.Join(",", Missing)));
}
