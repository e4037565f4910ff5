namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>
/// §42: «жасалған операциядан кейін бір жыл ішінде» — within one year after the operation. The referral does not
/// carry the operation's date, only admission and discharge; the operation lies between them, so the year is counted
/// from the discharge: on the mark at least one full year has passed since the operation, whatever its day was.
/// </summary>
public static class OneYearMark
{
    /// <summary>
    /// The day one year after <paramref name="dischargedOn"/> (29 February → 28 February). It belongs to the year:
    /// a death on it is a death within the year, and «alive at one year» may be recorded from it on.
    /// </summary>
    public static DateOnly After(DateOnly dischargedOn) => dischargedOn.AddYears(1);
}
