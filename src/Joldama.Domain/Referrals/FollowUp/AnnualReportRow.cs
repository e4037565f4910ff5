namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>One line of the annual report: the cases of one HTMC code at one provider.</summary>
public sealed record AnnualReportRow(string HtmcCode, Guid ProviderId, string ProviderName, OutcomeCounts Counts);
