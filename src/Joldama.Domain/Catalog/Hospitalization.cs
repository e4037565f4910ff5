namespace Joldama.Domain.Catalog;

/// <summary>The form of hospitalization a list applies to (seed 000, table titles).</summary>
public enum Hospitalization
{
    Emergency,
    Planned,
}
