namespace Joldama.Domain.Catalog;

/// <summary>Where a row of law data comes from: the seed file, the place in it, and its lines.</summary>
/// <param name="Seed">File name in shared/seeds, e.g. "000_5886f6e70bfcb133.txt".</param>
/// <param name="Place">Table and row, appendix item or paragraph, e.g. "Table 3, row 18".</param>
/// <param name="Lines">Line range in the seed file, e.g. "421-477".</param>
public sealed record SeedReference(string Seed, string Place, string Lines)
{
    public override string ToString() => $"{Seed}: {Place} (lines {Lines})";
}
