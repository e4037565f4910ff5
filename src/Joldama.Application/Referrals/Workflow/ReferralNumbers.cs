using System.Globalization;

namespace Joldama.Application.Referrals.Workflow;

/// <summary>§36: the referral's number on the portal: the year and the first ten hex digits of the case id (a unique index guards a clash).</summary>
internal static class ReferralNumbers
{
    public static string New(int year, Guid caseId) =>
        string.Create(CultureInfo.InvariantCulture, $"R-{year}-{caseId.ToString("N", CultureInfo.InvariantCulture)[..10].ToUpperInvariant()}");
}
