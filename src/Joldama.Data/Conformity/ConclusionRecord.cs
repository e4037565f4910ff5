using Joldama.Domain.Conformity.Workflow;

namespace Joldama.Data.Conformity;

/// <summary>
/// A signed conclusion (seed 001 App. 3, §27) for one code: immutable once signed except for its standing
/// (flagged by a §29 re-check, superseded by a re-issue). Its criteria are a copy taken at signing.
/// </summary>
public sealed class ConclusionRecord : IHeldRecord
{
    public Guid Id { get; set; }

    public required string Number { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid ItemId { get; set; }

    public Guid OrganizationId { get; set; }

    public required string RegionCode { get; set; }

    public required string Code { get; set; }

    public bool Positive { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public ConclusionStatus Status { get; set; }

    public Guid SignedBy { get; set; }

    public required string SignedByName { get; set; }

    public DateTimeOffset SignedAt { get; set; }

    public DateOnly SignedOn { get; set; }

    public List<CriterionState> Criteria { get; set; } = [];

    public Guid? SupersedesId { get; set; }

    public Guid? SupersededById { get; set; }

    public ReissueReason? ReissueReason { get; set; }

    /// <summary>§28: the moment the copy was made available to the Fund (at signing, for a positive conclusion).</summary>
    public DateTimeOffset? FundCopyAt { get; set; }

    public DateTimeOffset? FlaggedAt { get; set; }

    public int Version { get; set; }
}
