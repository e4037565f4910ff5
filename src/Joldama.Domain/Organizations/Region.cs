using Joldama.Domain.Catalog;

namespace Joldama.Domain.Organizations;

/// <summary>An oblast or a city of republican significance: the unit of a health department and its HTMC commission.</summary>
public sealed record Region(string Code, BilingualText Name, RegionKind Kind, string Basis);
