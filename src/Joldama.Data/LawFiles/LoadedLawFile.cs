namespace Joldama.Data.LawFiles;

/// <summary>
/// A version of a law data file this installation has run on: its path under data/, its SHA-256
/// and when it was first seen. Answers "which wording of the law decided this case" after the
/// files change.
/// </summary>
public sealed class LoadedLawFile
{
    public long Id { get; set; }

    public required string Path { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset FirstLoadedAt { get; set; }
}
