using Joldama.Domain.Shared;

namespace Joldama.Domain.Conformity.Workflow;

/// <summary>When an application may be filed, and for which year (seed 001 §23–24).</summary>
public static class FilingWindow
{
    /// <summary>
    /// §23: for the next year, between 15 September and 15 October of the current year, both days included.
    /// §24: a first-time applicant files for the current year at any time; for the next year within the §23 window
    /// (unless the rules say otherwise). Any other year is refused.
    /// </summary>
    public static Result<ApplicationKind> Check(ConformityRules rules, DateOnly filedOn, int forYear, bool firstTime)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (firstTime && forYear == filedOn.Year)
        {
            return ApplicationKind.FirstTime;
        }

        if (forYear != filedOn.Year + 1)
        {
            return new FilingYearNotAllowed(forYear, filedOn.Year, firstTime);
        }

        var kind = firstTime ? ApplicationKind.FirstTime : ApplicationKind.Regular;
        if (firstTime && !rules.FirstTimeNextYearInWindow)
        {
            return kind;
        }

        var opens = rules.FilingOpens.In(filedOn.Year);
        var closes = rules.FilingCloses.In(filedOn.Year);
        return opens <= filedOn && filedOn <= closes ? kind : new FilingWindowClosed(forYear, opens, closes);
    }
}
