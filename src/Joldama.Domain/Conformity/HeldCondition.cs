using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity;

/// <summary>
/// A condition a specialist holds besides certificates and courses, e.g. a permit to work with sources of
/// ionizing radiation (seed 001, Appendix 2). Valid on a date when it falls within
/// [<paramref name="ValidFrom"/>, <paramref name="ValidTo"/>], both inclusive; a null end is open.
/// </summary>
public sealed record HeldCondition(ConditionKind Kind, string Text, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    /// <summary>Whether the condition holds on <paramref name="on"/>.</summary>
    public bool ValidOn(DateOnly on) => (ValidFrom is not { } from || from <= on) && (ValidTo is not { } to || on <= to);
}
