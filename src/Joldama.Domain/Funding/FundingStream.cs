namespace Joldama.Domain.Funding;

/// <summary>Who pays for a case.</summary>
public enum FundingStream
{
    /// <summary>ГОБМП (ТМККК): the guaranteed volume of free medical care, state budget.</summary>
    Gobmp,

    /// <summary>ОСМС (МӘМС): compulsory social health insurance, paid by the Fund.</summary>
    Osms,

    /// <summary>The patient pays (seed 001 §8, §15).</summary>
    Paid,
}
