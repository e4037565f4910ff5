namespace Joldama.Domain.Funding;

public enum FundingOutcome
{
    /// <summary>A list covers the case; <see cref="FundingDecision.Stream"/> says who pays.</summary>
    Covered,

    /// <summary>The code is an HTMC type, but no list covers this form of hospitalization for this patient: paid basis.</summary>
    NotCovered,

    /// <summary>The code stands on no HTMC list in force on the date: it is not HTMC then.</summary>
    NotHtmc,
}
