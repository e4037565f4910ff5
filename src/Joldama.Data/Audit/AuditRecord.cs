using Joldama.Domain.Audit;

namespace Joldama.Data.Audit;

/// <summary>
/// A row of the append-only audit log (see <see cref="AuditChain"/>). Written unchained with the change it records;
/// the chaining job then gives it its place in the chain (<see cref="Sequence"/>, <see cref="PreviousHash"/>,
/// <see cref="Hash"/>) once, and nothing changes it afterwards. Never deleted.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>The order of insertion (database-generated); not part of the chain.</summary>
    public long Id { get; set; }

    /// <summary>The record's place in the chain; null until the chaining job has reached it.</summary>
    public long? Sequence { get; set; }

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

    public string? PreviousHash { get; set; }

    public string? Hash { get; set; }

    public bool IsChained => Sequence is not null;

    public AuditEntry ToEntry() => new(At, ActorUserId, ActorLogin, ActorRole, ActorOrganizationId, Action, EntityType, EntityId, PatientIin, RemoteAddress, Outcome);

    public ChainedAuditRecord ToChained() =>
        new(Sequence ?? throw new InvalidOperationException("The record is not chained yet."), ToEntry(), PreviousHash!, Hash!);
}
