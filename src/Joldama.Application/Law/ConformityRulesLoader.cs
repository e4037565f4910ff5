using System.Globalization;
using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity.Workflow;

namespace Joldama.Application.Law;

/// <summary>Loads the terms of the conformity procedure (seed 001 §23–30) from <c>dsm-238-2020/conformity-process.json</c>.</summary>
public static class ConformityRulesLoader
{
    public const string File = "dsm-238-2020/conformity-process.json";

    public static ConformityRules Load(string lawDirectory)
    {
        var path = Path.Combine(lawDirectory, File);
        var name = Path.GetFileName(path);
        var dto = LawJson.Read<ProcessFileDto>(path);
        var head = new RowReader(name, "file");
        var seed = head.Text(dto.Seed, "seed");
        var terms = new ProcessTerms(name, seed);

        var window = dto.FilingWindow ?? throw head.Fail("'filingWindow' is missing");
        var windowRow = new RowReader(name, "filingWindow");
        var opens = MonthDayOf(windowRow, window.Opens, "opens");
        var closes = MonthDayOf(windowRow, window.Closes, "closes");
        if (closes.In(2001) < opens.In(2001))
        {
            throw windowRow.Fail("closes before it opens");
        }

        terms.Sources["filingWindow"] = new SeedReference(seed, windowRow.Text(window.Place, "place"), windowRow.Text(window.Lines, "lines"));
        var validity = new RowReader(name, "nextYearValidity").Enum<NextYearValidity>(terms.Term(dto.NextYearValidity, "nextYearValidity"), "value");
        return new ConformityRules(
            opens,
            closes,
            terms.Term(dto.FirstTimeNextYearInWindow, "firstTimeNextYearInWindow") ?? true,
            new CalendarDays(terms.Positive(dto.ReviewPeriodCalendarDays, "reviewPeriodCalendarDays")),
            validity,
            new CalendarDays(terms.Positive(dto.ReissuePeriodCalendarDays, "reissuePeriodCalendarDays")),
            new WorkingDays(terms.Positive(dto.DataUpdateWorkingDays, "dataUpdateWorkingDays")),
            terms.Positive(dto.LongOutageMonths, "longOutageMonths"),
            terms.Sources);
    }

    private static MonthDay MonthDayOf(RowReader row, string? text, string field)
    {
        if (!DateOnly.TryParseExact($"2000-{text}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw row.Fail($"'{field}' must be MM-dd, got '{text}'");
        }

        return new MonthDay(date.Month, date.Day);
    }

    private sealed record ProcessFileDto(
        string? Act,
        string? Seed,
        WindowDto? FilingWindow,
        TermDto<bool?>? FirstTimeNextYearInWindow,
        TermDto<int?>? ReviewPeriodCalendarDays,
        TermDto<string?>? NextYearValidity,
        TermDto<int?>? ReissuePeriodCalendarDays,
        TermDto<int?>? DataUpdateWorkingDays,
        TermDto<int?>? LongOutageMonths);

    private sealed record WindowDto(string? Opens, string? Closes, string? Lines, string? Place);
}
