namespace Joldama.Domain.Catalog;

/// <summary>An item of the list of care within compulsory social health insurance (seed 002).</summary>
public sealed record OsmsScopeItem(string Item, BilingualText Text, OsmsCoverage? Covers, LegalAct Act, SeedReference Source);
