namespace Joldama.Data.Quotas;

/// <summary>
/// A period in which seed 001 §19 ¶2 (the pandemic limits) is in force, switched on by the ministry in the system; added
/// to those of the law data file. Periods do not overlap (neither each other nor the file's).
/// </summary>
public sealed class PandemicPeriodRecord
{
    public Guid Id { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>The act that declared it (e.g. a decree on the state of emergency).</summary>
    public required string Basis { get; set; }

    public Guid SetByUserId { get; set; }

    public required string SetByName { get; set; }

    public DateTimeOffset SetAt { get; set; }
}
