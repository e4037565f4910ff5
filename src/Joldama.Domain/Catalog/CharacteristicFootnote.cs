namespace Joldama.Domain.Catalog;

/// <summary>The footnotes of Appendix 2: "ivf" (*) with its organization-level criteria, "cochlear" (**).</summary>
public sealed record CharacteristicFootnote(string Id, BilingualText Text, IReadOnlyList<FootnoteCriterion> Criteria, SeedReference Source);
