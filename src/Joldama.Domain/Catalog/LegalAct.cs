namespace Joldama.Domain.Catalog;

/// <summary>A legal act the catalog rests on, with its dates and the seed that carries it.</summary>
/// <param name="Number">As registered, e.g. "ҚР ДСМ-141"; empty for an undated public document.</param>
public sealed record LegalAct(
    string Id,
    string Number,
    BilingualText Title,
    DateOnly? AdoptedOn,
    DateOnly? RegisteredOn,
    DateOnly? InForceFrom,
    string InForceBasis,
    string Seed)
{
    /// <summary>Whether the act was in force on <paramref name="date"/> (inclusive of its first day).</summary>
    public bool InForceOn(DateOnly date) => InForceFrom is { } from && date >= from;
}
