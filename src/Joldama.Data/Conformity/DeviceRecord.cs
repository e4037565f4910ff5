namespace Joldama.Data.Conformity;

/// <summary>Medical devices of one type, model and serial a provider has (seed 001, Appendix 2).</summary>
public sealed class DeviceRecord : IOrganizationRecord
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    /// <summary>The device name as Appendix 2 writes it (the vocabulary offered by the UI and checked on import).</summary>
    public required string TypeName { get; set; }

    public string Model { get; set; } = string.Empty;

    public string SerialNumber { get; set; } = string.Empty;

    public int Count { get; set; }

    /// <summary>§29: the first day out of order; null while working.</summary>
    public DateOnly? OutOfOrderSince { get; set; }

    /// <summary>Written off: no longer the provider's; kept for the history of past conclusions.</summary>
    public DateOnly? RetiredOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }
}
