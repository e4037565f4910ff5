namespace Joldama.Domain.Catalog;

/// <summary>
/// The characteristic of an HTMC type: the staff and medical devices a provider needs to offer it
/// (seed 001, Appendix 2). The original cell texts stay beside the structure, because an inspector
/// compares against the words of the order, not against our reading of them.
/// </summary>
public sealed record Characteristic(
    int Item,
    CharacteristicSection Section,
    HtmcCode Code,
    BilingualText Name,
    BilingualText StaffText,
    IReadOnlyList<StaffRequirement> Staff,
    BilingualText DevicesText,
    IReadOnlyList<DeviceRequirement> Devices,
    IReadOnlyList<string> Footnotes,
    LegalAct Act,
    SeedReference Source)
{
    /// <summary>Why the code is ours and not the seed's, where seed 001 does not print it (item 78); null otherwise.</summary>
    public string? CodeInferred { get; init; }

    public bool InForceOn(DateOnly date) => Act.InForceOn(date);
}
