using Joldama.Domain.Calendar;

namespace Joldama.Domain.Abroad;

/// <summary>The steps' terms added up against the total the seed states for the scheme.</summary>
/// <param name="StepsTotal">The sum of the steps' deadlines (steps without one count 0).</param>
/// <param name="Stated">The seed's «ИТОГО … до N рабочих дней».</param>
/// <param name="StepsWithoutDeadline">Steps with «—».</param>
public sealed record SchemeSum(WorkingDays StepsTotal, WorkingDays Stated, int StepsWithoutDeadline)
{
    /// <summary>Steps total minus stated total: positive when the steps take longer than stated.</summary>
    public int Difference => StepsTotal.Value - Stated.Value;

    public bool Matches => Difference == 0;
}

/// <summary>Checks a scheme's arithmetic (src/Joldama.Domain/Abroad/README.md records what it finds).</summary>
public static class SchemeCheck
{
    public static SchemeSum Sum(AbroadScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new SchemeSum(
            new WorkingDays(scheme.Steps.Sum(s => s.Deadline?.Value ?? 0)),
            scheme.StatedTotal,
            scheme.Steps.Count(s => s.Deadline is null));
    }

    /// <summary>Steps numbered 1..n in order, without gaps or repeats.</summary>
    public static bool NumberedInOrder(AbroadScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return scheme.Steps.Select(s => s.Number).SequenceEqual(Enumerable.Range(1, scheme.Steps.Count));
    }
}
