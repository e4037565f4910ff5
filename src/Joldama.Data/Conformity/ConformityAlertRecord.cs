namespace Joldama.Data.Conformity;

/// <summary>
/// §29: a re-check after a change of staff or devices found that a conclusion no longer holds. Shown to the provider
/// and to the territorial department of its region until each acknowledges it.
/// </summary>
public sealed class ConformityAlertRecord : IHeldRecord
{
    public Guid Id { get; set; }

    public Guid ConclusionId { get; set; }

    public Guid OrganizationId { get; set; }

    public required string RegionCode { get; set; }

    public required string Code { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>What changed: "specialist-left", "device-out-of-order", "device-retired".</summary>
    public required string Trigger { get; set; }

    public required string Subject { get; set; }

    public DateOnly ChangedOn { get; set; }

    public DateOnly RecordedOn { get; set; }

    /// <summary>§29: the last day the change should have been recorded (10 working days after it); null while that year's calendar is not loaded.</summary>
    public DateOnly? UpdateDueOn { get; set; }

    public List<CriterionState> Failures { get; set; } = [];

    public DateTimeOffset? ProviderAcknowledgedAt { get; set; }

    public DateTimeOffset? DepartmentAcknowledgedAt { get; set; }
}
