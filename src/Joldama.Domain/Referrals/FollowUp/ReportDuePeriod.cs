namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>The days within which a report is due, both included.</summary>
public sealed record ReportDuePeriod(DateOnly From, DateOnly To);
