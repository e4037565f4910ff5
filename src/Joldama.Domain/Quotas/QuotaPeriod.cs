namespace Joldama.Domain.Quotas;

/// <summary>An organization's planned-hospitalization volume for a period (e.g. a year), both ends included.</summary>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="PlannedVolume">Planned hospitalizations in the period («жоспарлы емдеуге жатқызу көлемі»); 0 when none is planned.</param>
public sealed record QuotaPeriod(DateOnly From, DateOnly To, int PlannedVolume)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;
}
