namespace Joldama.Domain.Catalog;

/// <summary>
/// A text in Kazakh and Russian. Where a seed gives one language only, the other is an
/// unofficial translation and <see cref="Unofficial"/> names which one.
/// </summary>
public sealed record BilingualText(string Kk, string Ru, TextLanguage? Unofficial = null)
{
    public string In(TextLanguage language) => language == TextLanguage.Kk ? Kk : Ru;
}
