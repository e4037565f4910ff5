namespace Joldama.Domain.Conformity.Workflow;

/// <summary>A day of the year without the year, such as the «15 қыркүйек» that opens the filing window (seed 001 §23).</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public DateOnly In(int year) => new(year, Month, Day);
}
