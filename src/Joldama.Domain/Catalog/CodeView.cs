namespace Joldama.Domain.Catalog;

/// <summary>
/// Everything the catalog knows of one code (as of a date, when asked so): its name, the list rows
/// it stands on, its characteristics and the acts behind them.
/// </summary>
public sealed record CodeView(
    HtmcCode Code,
    BilingualText Name,
    IReadOnlyList<ListEntry> Lists,
    IReadOnlyList<Characteristic> Characteristics,
    IReadOnlyList<LegalAct> Acts)
{
    /// <summary>Whether the code stands on any HTMC list (in this view's date, if it has one).</summary>
    public bool IsOnAnyList => Lists.Count > 0;
}
