namespace Joldama.Data.Abroad;

/// <summary>
/// The working body's request to a foreign clinic for a treatment program and a price offer, and the clinic's answer
/// (seed 003, steps 5-6 of the current scheme): the offers are compared side by side and one is selected.
/// </summary>
public sealed class AbroadOfferRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string ClinicName { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string? Program { get; set; }

    /// <summary>ISO 4217, as the clinic quoted; offers are compared in their own currencies (no conversion).</summary>
    public string? Currency { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>The clinic declined to treat.</summary>
    public bool Declined { get; set; }
}
