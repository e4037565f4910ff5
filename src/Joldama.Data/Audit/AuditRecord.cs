using Joldama.Domain.Audit;

namespace Joldama.Data.Audit;

/// <summary>A row of the append-only audit log (see <see cref="AuditChain"/>). Never updated, never deleted.</summary>
public sealed class AuditRecord
{
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? ActorUserId { get; set; }

    public required string ActorLogin { get; set; }

    public required string ActorRole { get; set; }

    public Guid? ActorOrganizationId { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public string? PatientIin { get; set; }

    public required string RemoteAddress { get; set; }

    public AuditOutcome Outcome { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    public AuditEntry ToEntry() => new(At, ActorUserId, ActorLogin, ActorRole, ActorOrganizationId, Action, EntityType, EntityId, PatientIin, RemoteAddress, Outcome);

    public ChainedAuditRecord ToChained() => new(Sequence, ToEntry(), PreviousHash, Hash);
}
