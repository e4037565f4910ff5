namespace Joldama.Domain.Conformity;

/// <summary>What a finding checks: a staff requirement, a device requirement or a footnote criterion (seed 001, Appendix 2).</summary>
public enum CriterionKind
{
    Staff,
    Device,
    Footnote,
}
