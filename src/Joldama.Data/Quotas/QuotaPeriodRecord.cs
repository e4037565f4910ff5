namespace Joldama.Data.Quotas;

/// <summary>
/// An organization's planned-hospitalization volume for a period (seed 001 §19: the base of the head's quota). Periods of
/// one organization do not overlap, so a date picks at most one.
/// </summary>
public sealed class QuotaPeriodRecord
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    /// <summary>The organization's region, kept here so that a region's report reads one table.</summary>
    public required string RegionCode { get; set; }

    /// <summary>First day, both ends included.</summary>
    public DateOnly From { get; set; }

    /// <summary>Last day, both ends included.</summary>
    public DateOnly To { get; set; }

    /// <summary>«жоспарлы емдеуге жатқызу көлемі»: planned hospitalizations in the period.</summary>
    public int PlannedVolume { get; set; }

    /// <summary>
    /// The head's decisions taken in the period. A concurrency token: a decision writes count + 1 only where the count is
    /// still what it read, so two heads deciding at once cannot both take the last place (the loser re-reads and re-checks).
    /// </summary>
    public int DecidedCount { get; set; }

    public Guid SetByUserId { get; set; }

    public required string SetByName { get; set; }

    public DateTimeOffset SetAt { get; set; }
}
