namespace Joldama.Domain.Conformity.Workflow;

/// <summary>The days a positive conclusion is valid, both included (seed 001 §26).</summary>
public readonly record struct ValidityPeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;

    /// <summary>
    /// §26.2 (first-time, current year): from the day the application was registered to 31 December of that year.
    /// For the next year: 1 January–31 December (§26.2) or one calendar year from registration (§26.3), as the
    /// rules say.
    /// </summary>
    public static ValidityPeriod For(ConformityRules rules, int forYear, DateOnly registeredOn)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (forYear == registeredOn.Year)
        {
            return new(registeredOn, new DateOnly(forYear, 12, 31));
        }

        return rules.NextYearValidity switch
        {
            NextYearValidity.YearFromRegistration =>
                new(registeredOn, DateOnly.FromDayNumber(registeredOn.AddYears(1).DayNumber - 1)),
            _ => new(new DateOnly(forYear, 1, 1), new DateOnly(forYear, 12, 31)),
        };
    }
}
