namespace Joldama.Application.Referrals.Worklists;

/// <summary>Worklist filters (issue 5.6): by IIN, referral number, code, state; <c>Open</c> keeps the cases that wait for someone.</summary>
public sealed record ReferralSearch(string? Iin = null, string? Number = null, string? Code = null, string? State = null, bool Open = false, int Page = 1);
