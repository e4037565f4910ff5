namespace Joldama.Domain.Quotas;

/// <summary>
/// How much of the quota is used: the head's decisions for vulnerable groups against the limit of the paragraph in force.
/// The limit count is <c>floor(volume × percent / 100)</c>: «15 % шегінде» — within 15 % — means the decisions may reach 15 %
/// of the volume but not pass it, so a fraction of a decision is not one (README.md, "Rounding").
/// </summary>
/// <param name="PlannedVolume">The planned-hospitalization volume of the period.</param>
/// <param name="Decided">Decisions counted (after the decision being checked, in <see cref="QuotaCheck.Decide"/>).</param>
/// <param name="Percent">The limit's share.</param>
/// <param name="LimitCount">The most decisions allowed in the period.</param>
/// <param name="Level">The kind of organization whose limit applied.</param>
/// <param name="Mode">The paragraph in force.</param>
public sealed record QuotaUsage(int PlannedVolume, int Decided, int Percent, int LimitCount, QuotaLevel Level, QuotaMode Mode)
{
    /// <summary>Decisions still possible in the period.</summary>
    public int Remaining => Math.Max(0, LimitCount - Decided);

    /// <summary><c>floor(volume × percent / 100)</c>, in 64-bit so a large volume cannot overflow.</summary>
    public static int LimitCountOf(int plannedVolume, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plannedVolume);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        return (int)((long)plannedVolume * percent / 100);
    }
}
