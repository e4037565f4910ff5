using Joldama.Domain.Conformity.Workflow;

namespace Joldama.Data.Conformity;

/// <summary>An application for conformity (seed 001 App. 1), or a request to re-issue a conclusion (§26.4, §30).</summary>
public sealed class ConformityApplicationRecord : IHeldRecord
{
    public Guid Id { get; set; }

    public required string Number { get; set; }

    public Guid OrganizationId { get; set; }

    public required string RegionCode { get; set; }

    public int ForYear { get; set; }

    public ApplicationKind Kind { get; set; }

    public Guid? ReissueOfConclusionId { get; set; }

    public ReissueReason? ReissueReason { get; set; }

    public string? ReissueNote { get; set; }

    public Guid FiledBy { get; set; }

    public DateTimeOffset FiledAt { get; set; }

    /// <summary>The day of receipt (registration), in Kazakhstan: the deadline and the validity count from it.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>§26.1 / §30: the department's deadline.</summary>
    public DateOnly ReviewDueOn { get; set; }

    public ApplicationStatus Status { get; set; }

    public Guid? InspectorId { get; set; }

    public DateTimeOffset? SubmittedForSignatureAt { get; set; }

    public string? ReturnComment { get; set; }

    public Guid? SignedBy { get; set; }

    public DateTimeOffset? SignedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public List<ConformityApplicationItemRecord> Items { get; set; } = [];

    public int Version { get; set; }
}
