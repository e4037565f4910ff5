namespace Joldama.Domain.Catalog;

/// <summary>A row of one of the HTMC lists: the code, its name as printed, and where it stands.</summary>
/// <param name="OncologySubList">Table 1 rows 26–29: technologies for oncological diseases within
/// consultative-diagnostic care.</param>
public sealed record ListEntry(
    HtmcList List,
    int Row,
    HtmcCode Code,
    BilingualText Name,
    bool OncologySubList,
    SeedReference Source)
{
    public bool InForceOn(DateOnly date) => List.Act.InForceOn(date);
}
