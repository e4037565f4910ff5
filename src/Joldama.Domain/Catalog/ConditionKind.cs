namespace Joldama.Domain.Catalog;

/// <summary>Other conditions on staff that Appendix 2 states besides certificates, years and hours.</summary>
public enum ConditionKind
{
    /// <summary>A permit to work with sources of ionizing radiation.</summary>
    RadiationPermit,

    /// <summary>A named course or specialization, without hours.</summary>
    Training,

    Other,
}
