namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>One fact of the §42 follow-up: what (<paramref name="Kind"/>), on which local date, and the clinic's note.</summary>
public sealed record FollowUpEntry(FollowUpKind Kind, DateOnly On, string? Note);
