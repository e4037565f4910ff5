using System.Globalization;

namespace Joldama.Domain.Audit;

/// <summary>
/// One fact for the audit log: who (user, role, organization), what (action, entity, id), whose
/// data (the patient's IIN, searchable, shown masked), when, from where, and whether it was allowed.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    Guid? ActorUserId,
    string ActorLogin,
    string ActorRole,
    Guid? ActorOrganizationId,
    string Action,
    string EntityType,
    string EntityId,
    string? PatientIin,
    string RemoteAddress,
    AuditOutcome Outcome)
{
    /// <summary>The fields in a fixed order and invariant format: what the hash covers.</summary>
    public string Canonical() => string.Join(
        '\u001f',
        At.UtcTicks.ToString(CultureInfo.InvariantCulture),
        ActorUserId?.ToString("N") ?? "-",
        ActorLogin,
        ActorRole,
        ActorOrganizationId?.ToString("N") ?? "-",
        Action,
        EntityType,
        EntityId,
        PatientIin ?? "-",
        RemoteAddress,
        Outcome.ToString());
}
