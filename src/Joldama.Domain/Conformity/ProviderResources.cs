namespace Joldama.Domain.Conformity;

/// <summary>
/// What a provider has to show against a characteristic of seed 001 Appendix 2 (§22–30): its specialists,
/// its medical devices and, for IVF, its organization-level figures.
/// </summary>
/// <param name="Organization">Null where the provider gave no figures; footnote criteria are then not met.</param>
public sealed record ProviderResources(
    IReadOnlyList<Specialist> Specialists,
    IReadOnlyList<ProviderDevice> Devices,
    OrganizationFacts? Organization);
