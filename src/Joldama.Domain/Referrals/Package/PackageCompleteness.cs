namespace Joldama.Domain.Referrals.Package;

/// <summary>§34: which documents of the package are still missing; §40 ¶4 (2): an incomplete package is a ground of refusal.</summary>
public static class PackageCompleteness
{
    /// <summary>The documents §34 requires, in its order.</summary>
    public static IReadOnlyList<PackageDocumentKind> Required { get; } = Enum.GetValues<PackageDocumentKind>();

    /// <summary>The required kinds not among <paramref name="present"/>, in §34's order (empty: complete).</summary>
    public static IReadOnlyList<PackageDocumentKind> Missing(IEnumerable<PackageDocumentKind> present)
    {
        var have = present.ToHashSet();
        return [.. Required.Where(kind => !have.Contains(kind))];
    }
}
