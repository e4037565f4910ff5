namespace Joldama.Domain.Conformity.Workflow;

/// <summary>
/// Seed 001 §26 gives a conclusion for the next year two validity periods (the amended text keeps both): the next
/// calendar year, 1 January–31 December (§26.2), or one calendar year from the day the application was registered
/// (§26.3). Which one Joldama applies is data (<c>data/law/dsm-238-2020/conformity-process.json</c>).
/// </summary>
public enum NextYearValidity
{
    CalendarYear,
    YearFromRegistration,
}
