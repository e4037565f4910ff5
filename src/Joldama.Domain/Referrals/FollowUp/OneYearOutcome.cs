namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>§42 «бір жыл ішінде өмір сүру»: how one patient's first year after discharge stands on a given day.</summary>
public enum OneYearOutcome
{
    /// <summary>The year is not over yet (and no death within it is recorded).</summary>
    NotYetDue = 1,

    /// <summary>Alive at one year: recorded as such, or a death recorded only after the year.</summary>
    Survived = 2,

    /// <summary>A death within the year (the mark day included).</summary>
    Died = 3,

    /// <summary>The year is over and neither survival nor a death is recorded.</summary>
    Unknown = 4,
}
