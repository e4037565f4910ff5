namespace Joldama.Domain.Conformity;

/// <summary>
/// Medical devices of one type a provider has (seed 001, Appendix 2, column «Медициналық бұйымдар»).
/// </summary>
/// <param name="TypeName">Matched to a requirement's device name in kk or ru, ignoring case and extra spaces.</param>
/// <param name="OutOfOrderSince">The first day the devices were out of order; null while they work.</param>
public sealed record ProviderDevice(string TypeName, int Count, DateOnly? OutOfOrderSince)
{
    /// <summary>Working on <paramref name="on"/>: not out of order on or before that day.</summary>
    public bool WorkingOn(DateOnly on) => OutOfOrderSince is not { } since || since > on;

    /// <summary>
    /// Out of order for more than 3 months on <paramref name="on"/> (seed 001 §29): the day three calendar
    /// months after <see cref="OutOfOrderSince"/> is already past.
    /// </summary>
    public bool OutOfOrderOverThreeMonths(DateOnly on) => OutOfOrderSince is { } since && since.AddMonths(3) < on;
}
