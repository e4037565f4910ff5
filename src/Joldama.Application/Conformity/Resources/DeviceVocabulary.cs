using Joldama.Domain.Catalog;

namespace Joldama.Application.Conformity.Resources;

/// <summary>
/// The device types a provider chooses from: every device name of seed 001 Appendix 2, distinct, so that the
/// evaluator, which matches names literally, finds the provider's devices. Built once per loaded catalog (a
/// singleton), not per request.
/// </summary>
public sealed class DeviceVocabulary(HtmcCatalog catalog)
{
    /// <summary>The device types to choose from, one per Russian name.</summary>
    public IReadOnlyList<BilingualText> Types { get; } = Build(catalog);

    /// <summary>Every wording of every device name, for matching what a provider typed.</summary>
    public IReadOnlyList<BilingualText> Names { get; } = AllNames(catalog);

    public static IReadOnlyList<BilingualText> Build(HtmcCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Characteristics
            .SelectMany(c => c.Devices)
            .Select(d => d.Name)
            .DistinctBy(n => n.Ru.Trim().ToUpperInvariant())
            .OrderBy(n => n.Ru, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every device name of Appendix 2 as written, variants included: some devices have two Kazakh wordings and one
    /// Kazakh wording can stand for two Russian names, so matching needs them all.
    /// </summary>
    public static IReadOnlyList<BilingualText> AllNames(HtmcCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Characteristics.SelectMany(c => c.Devices).Select(d => d.Name)];
    }

    /// <summary>The Russian name (kept as the stored type) of the entry equal to <paramref name="text"/> in kk or ru, ignoring case and spaces.</summary>
    public static string? Find(IReadOnlyCollection<BilingualText> vocabulary, string text)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var folded = Fold(text);
        return vocabulary.FirstOrDefault(v => string.Equals(Fold(v.Ru), folded, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Fold(v.Kk), folded, StringComparison.OrdinalIgnoreCase))?.Ru;
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
