using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity.Workflow;

/// <summary>
/// The terms of the conformity procedure (seed 001 §23–30), loaded from data so that a new order is a data change.
/// </summary>
/// <param name="FilingOpens">§23: applications for next year from 15 September …</param>
/// <param name="FilingCloses">… to 15 October of the current year, both days included.</param>
/// <param name="FirstTimeNextYearInWindow">§24 ¶2: a first-time applicant for the next year files in the §23 window too.</param>
/// <param name="ReviewPeriod">§26.1: the department evaluates within 30 calendar days of receipt.</param>
/// <param name="ReissuePeriod">§30: re-issue on a change of code or name within 30 calendar days of the request.</param>
/// <param name="DataUpdatePeriod">§29: the provider updates its data within 10 working days of a change.</param>
/// <param name="LongOutageMonths">§29: a device out of order needing repair or replacement for more than 3 months.</param>
/// <param name="Sources">Where each term is in the seed, by the parameter's name.</param>
public sealed record ConformityRules(
    MonthDay FilingOpens,
    MonthDay FilingCloses,
    bool FirstTimeNextYearInWindow,
    CalendarDays ReviewPeriod,
    NextYearValidity NextYearValidity,
    CalendarDays ReissuePeriod,
    WorkingDays DataUpdatePeriod,
    int LongOutageMonths,
    IReadOnlyDictionary<string, SeedReference> Sources);
