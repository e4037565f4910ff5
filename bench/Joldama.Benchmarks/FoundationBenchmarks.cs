using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Joldama.Application.Law;
using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;
using Joldama.Domain.Funding;

namespace Joldama.Benchmarks;

/// <summary>
/// The foundation's hot paths, each against a baseline measured in the same run: the cost of the
/// real thing divided by the cost of the simplest thing that could stand in for it.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FoundationBenchmarks
{
    private readonly LawLibrary _law = LawLibrary.Load();
    private readonly FundingCase _case = new(HtmcCode.From("39.65"), Hospitalization.Planned, new DateOnly(2026, 3, 2), Insured: true);
    private readonly DateOnly _friday = new(2026, 3, 20); // before Nauryz: 23–25 March are days off
    private string[] _names = [];
    private HashSet<DateOnly> _daysOff = [];
    private HashSet<DateOnly> _workedWeekends = [];

    [GlobalSetup]
    public void Setup()
    {
        _names = _law.Catalog.Codes.Select(c => _law.Catalog.Get(c).Value.Name.Ru).ToArray();
        var special = Enumerable.Range(2023, 4).SelectMany(_law.Calendar.SpecialDaysIn).ToArray();
        _daysOff = special.Where(d => !d.IsWorkingDay).Select(d => d.Date).ToHashSet();
        _workedWeekends = special.Where(d => d.IsWorkingDay).Select(d => d.Date).ToHashSet();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Search")]
    public int SearchBaseline_NaiveLowerContains()
    {
        // What a first version would do: lower-case every name on every query.
        var hits = 0;
        foreach (var name in _names)
        {
            if (name.ToLowerInvariant().Contains("трансплантация", StringComparison.Ordinal))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark, BenchmarkCategory("Search")]
    public int Search_RussianWords() => _law.Catalog.Search("трансплантация печени").Value.Count;

    [Benchmark, BenchmarkCategory("Search")]
    public int Search_KazakhTypedInRussianLetters() => _law.Catalog.Search("журек").Value.Count;

    [Benchmark, BenchmarkCategory("Search")]
    public int Search_CodePrefix() => _law.Catalog.Search("35.2").Value.Count;

    [Benchmark(Baseline = true), BenchmarkCategory("Funding")]
    public int FundingBaseline_CatalogLookup() => _law.Catalog.Get(_case.Code, _case.Date).Value.Lists.Count;

    [Benchmark, BenchmarkCategory("Funding")]
    public FundingStream? Funding_Decide() => _law.Funding.Decide(_case).Value.Stream;

    [Benchmark(Baseline = true), BenchmarkCategory("Calendar")]
    public DateOnly CalendarBaseline_HashSetLoop()
    {
        // The usual first version: step day by day, ask two sets and the weekday.
        var date = _friday;
        for (var left = 2; left > 0;)
        {
            date = DateOnly.FromDayNumber(date.DayNumber + 1);
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if ((!weekend || _workedWeekends.Contains(date)) && !_daysOff.Contains(date))
            {
                left--;
            }
        }

        return date;
    }

    [Benchmark, BenchmarkCategory("Calendar")]
    public DateOnly Calendar_AddTwoWorkingDaysOverNauryz() => _law.Calendar.AddWorkingDays(_friday, new WorkingDays(2)).Value;

    [Benchmark, BenchmarkCategory("Calendar")]
    public bool Calendar_IsWorkingDay() => _law.Calendar.IsWorkingDay(_friday).Value;
}
