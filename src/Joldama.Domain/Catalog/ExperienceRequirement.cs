namespace Joldama.Domain.Catalog;

/// <summary>At least <paramref name="MinYears"/> years of work, in the place <paramref name="Where"/> names.</summary>
public sealed record ExperienceRequirement(int MinYears, ExperienceScope Scope, BilingualText? Where);
