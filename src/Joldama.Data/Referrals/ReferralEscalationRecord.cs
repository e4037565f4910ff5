using Joldama.Domain.Referrals;

namespace Joldama.Data.Referrals;

/// <summary>A missed deadline, reported by the background job to the head of the organization that missed it.</summary>
public sealed class ReferralEscalationRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public ReferralDeadline Deadline { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The organization responsible for the step (commission's department, provider, attachment clinic).</summary>
    public Guid OrganizationId { get; set; }

    public required string RegionCode { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }
}
