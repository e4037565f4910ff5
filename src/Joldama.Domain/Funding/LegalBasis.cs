using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding;

/// <summary>A provision a funding decision rests on: the act and the place in it (table and row, paragraph, item).</summary>
public sealed record LegalBasis(string ActId, string ActNumber, BilingualText Place, SeedReference? Source);
