using System.Globalization;
using Joldama.Domain.Calendar;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Tests.Calendar;

/// <summary>
/// The counting convention and the missing-year rule, on calendars built in code (2024–2025, a few special
/// days each), so that the tests do not depend on the data files.
/// </summary>
public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = new([Year2024(), Year2025()]);

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CalendarDay Day(string date, DayKind kind) => new(D(date), kind, "Имя", "Аты", "Основание");

    private static CalendarYear Year2024() => CalendarYear.Create(
        2024,
        [
            Day("2024-03-23", DayKind.Holiday), // Saturday
            Day("2024-03-25", DayKind.MovedDayOff),
            Day("2024-05-04", DayKind.TransferWorkingDay), // Saturday
            Day("2024-05-07", DayKind.Holiday),
            Day("2024-05-08", DayKind.TransferDayOff),
            Day("2024-05-09", DayKind.Holiday),
            Day("2024-06-16", DayKind.ReligiousDayOff), // Sunday, not moved
            Day("2024-12-16", DayKind.Holiday), // Monday
        ],
        ["test"]).Value;

    private static CalendarYear Year2025() => CalendarYear.Create(
        2025,
        [Day("2025-01-01", DayKind.Holiday), Day("2025-01-02", DayKind.Holiday)],
        ["test"]).Value;

    // Errors are compared by type and arguments: Error.Args is a dictionary, so records never compare equal.
    private static void AssertMissing(int year, Error? error)
    {
        var missing = Assert.IsType<CalendarYearMissing>(error);
        Assert.Equal(year, missing.Year);
        Assert.Equal(year.ToString(CultureInfo.InvariantCulture), missing.Args["year"]);
    }

    private static DateOnly Add(string start, int n) => Calendar.AddWorkingDays(D(start), new WorkingDays(n)).Value;

    [Fact]
    public void AddWorkingDays_PackageReceivedFridayTwoDayLimit_DueTuesday()
    {
        // ҚР ДСМ-238/2020 p. 35 (1): «келіп түскен сәттен бастап екі жұмыс күні ішінде».
        Assert.Equal(D("2024-12-03"), Add("2024-11-29", 2));
    }

    [Fact]
    public void AddWorkingDays_FridayBeforeHolidayMonday_SkipsToTuesday()
    {
        Assert.Equal(D("2024-12-17"), Add("2024-12-13", 1));
    }

    [Theory]
    [InlineData("2024-11-25", "2024-11-26")] // working Monday: the next day, not the same day
    [InlineData("2024-11-30", "2024-12-02")] // Saturday
    [InlineData("2024-12-01", "2024-12-02")] // Sunday
    [InlineData("2024-12-16", "2024-12-17")] // holiday
    [InlineData("2024-03-25", "2024-03-26")] // moved day off
    [InlineData("2024-05-08", "2024-05-10")] // transfer day off; 9 May is a holiday
    [InlineData("2024-05-04", "2024-05-06")] // transfer working day: worked, but still not counted as a start
    public void AddWorkingDays_OneDay_StartNeverCounted(string start, string expected)
    {
        Assert.Equal(D(expected), Add(start, 1));
    }

    [Theory]
    [InlineData("2024-11-27")] // Wednesday
    [InlineData("2024-11-30")] // Saturday
    [InlineData("2024-12-16")] // holiday
    public void AddWorkingDays_Zero_ReturnsStart(string start)
    {
        Assert.Equal(D(start), Add(start, 0));
    }

    [Fact]
    public void AddWorkingDays_AcrossTransfer_CountsSaturdaySkipsWednesday()
    {
        // Shape of the 2024 order: Sat 4 May worked, Wed 8 May off, 7 and 9 May holidays.
        Assert.Equal(D("2024-05-10"), Add("2024-05-03", 3));
    }

    [Fact]
    public void AddWorkingDays_AcrossYearEnd_UsesNextYear()
    {
        Assert.Equal(D("2025-01-03"), Add("2024-12-31", 1));
    }

    [Fact]
    public void AddWorkingDays_CountRunsPastLastYear_YearMissing()
    {
        var result = Calendar.AddWorkingDays(D("2025-12-29"), new WorkingDays(5));

        AssertMissing(2026, result.Error);
    }

    [Fact]
    public void AddWorkingDays_StartBeforeFirstYear_YearMissing()
    {
        // The answer would fall in 2024, but the start itself is not in a loaded year.
        var result = Calendar.AddWorkingDays(D("2023-12-29"), new WorkingDays(1));

        AssertMissing(2023, result.Error);
    }

    [Fact]
    public void AddWorkingDays_SmallCount_AllocatesNothing()
    {
        var start = D("2024-05-03");
        var n = new WorkingDays(3);
        Calendar.AddWorkingDays(start, n);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Calendar.AddWorkingDays(start, n);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Theory]
    [InlineData("2024-11-29", true)] // Friday
    [InlineData("2024-11-30", false)] // Saturday
    [InlineData("2024-03-23", false)] // holiday on a Saturday
    [InlineData("2024-03-25", false)] // moved day off
    [InlineData("2024-05-04", true)] // transfer working day
    [InlineData("2024-05-08", false)] // transfer day off
    [InlineData("2024-06-16", false)] // Kurban Ait on a Sunday
    [InlineData("2024-06-17", true)] // ... is not moved to Monday
    [InlineData("2025-01-01", false)]
    [InlineData("2025-12-31", true)]
    public void IsWorkingDay_KnownYear_FollowsKindThenWeek(string date, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)).Value);
    }

    [Theory]
    [InlineData("2023-12-31", 2023)]
    [InlineData("2026-01-01", 2026)]
    public void IsWorkingDay_OutsideKnownYears_YearMissing(string date, int year)
    {
        var error = Calendar.IsWorkingDay(D(date)).Error;

        AssertMissing(year, error);
        Assert.IsAssignableFrom<RuleViolation>(error);
        Assert.Equal("calendar.year_missing", error!.Code);
    }

    [Fact]
    public void WorkingDaysBetween_AnyStartAndCount_InverseOfAddWorkingDays()
    {
        for (var start = D("2024-03-20"); start <= D("2024-05-12"); start = DateOnly.FromDayNumber(start.DayNumber + 1))
        {
            for (var n = 0; n <= 25; n++)
            {
                var end = Calendar.AddWorkingDays(start, new WorkingDays(n)).Value;

                Assert.Equal(n, Calendar.WorkingDaysBetween(start, end).Value);
            }
        }
    }

    [Theory]
    [InlineData("2024-05-03", "2024-05-10", 3)] // from excluded, to included
    [InlineData("2024-05-03", "2024-05-03", 0)]
    [InlineData("2024-11-30", "2024-12-01", 0)] // weekend only
    [InlineData("2024-12-31", "2025-01-06", 2)] // 3 and 6 January
    public void WorkingDaysBetween_KnownDates_CountsFromExclusiveToInclusive(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)).Value);
        Assert.Equal(-expected, Calendar.WorkingDaysBetween(D(to), D(from)).Value);
    }

    [Theory]
    [InlineData("2023-12-31", "2024-01-10", 2023)]
    [InlineData("2024-01-10", "2026-01-05", 2026)]
    [InlineData("2026-01-05", "2024-01-10", 2026)]
    public void WorkingDaysBetween_EitherEndOutsideKnownYears_YearMissing(string from, string to, int year)
    {
        AssertMissing(year, Calendar.WorkingDaysBetween(D(from), D(to)).Error);
    }

    [Fact]
    public void Describe_ListedDay_GivesKindNamesAndBasis()
    {
        var info = Calendar.Describe(D("2024-03-25")).Value;

        Assert.Equal(new CalendarDayInfo(D("2024-03-25"), false, DayKind.MovedDayOff, "Имя", "Аты", "Основание"), info);
    }

    [Theory]
    [InlineData("2024-11-29", true)]
    [InlineData("2024-11-30", false)]
    public void Describe_OrdinaryDay_NoKind(string date, bool working)
    {
        Assert.Equal(new CalendarDayInfo(D(date), working, null, null, null, null), Calendar.Describe(D(date)).Value);
    }

    [Fact]
    public void Describe_OutsideKnownYears_YearMissing()
    {
        AssertMissing(2027, Calendar.Describe(D("2027-01-01")).Error);
    }

    [Fact]
    public void KnownYearsAndSpecialDaysIn_LoadedYears_RangeAndDaysInOrder()
    {
        Assert.Equal((2024, 2025), Calendar.KnownYears);
        Assert.Equal([D("2025-01-01"), D("2025-01-02")], Calendar.SpecialDaysIn(2025).Select(d => d.Date));
        Assert.Empty(Calendar.SpecialDaysIn(2026));
    }

    [Fact]
    public void Constructor_NoYears_EverythingMissing()
    {
        var empty = new WorkingCalendar([]);

        Assert.Null(empty.KnownYears);
        AssertMissing(2024, empty.IsWorkingDay(D("2024-01-01")).Error);
        AssertMissing(2024, empty.AddWorkingDays(D("2024-01-01"), new WorkingDays(0)).Error);
    }

    [Fact]
    public void Constructor_GapBetweenYears_Throws()
    {
        var year2026 = CalendarYear.Create(2026, [], ["test"]).Value;

        Assert.Throws<ArgumentException>(() => new WorkingCalendar([Year2024(), year2026]));
    }

    [Fact]
    public void WorkingDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingDays(-1));
    }

    [Theory]
    [InlineData("2023-12-31", DayKind.Holiday, "calendar.day_outside_year")]
    [InlineData("2024-05-07", DayKind.TransferWorkingDay, "calendar.kind_on_wrong_weekday")] // Tuesday
    [InlineData("2024-03-23", DayKind.MovedDayOff, "calendar.kind_on_wrong_weekday")] // Saturday
    [InlineData("2024-03-24", DayKind.TransferDayOff, "calendar.kind_on_wrong_weekday")] // Sunday
    [InlineData("2024-03-21", (DayKind)42, "calendar.kind_unknown")]
    public void CalendarYearCreate_BadDay_ErrorNamesDate(string date, DayKind kind, string code)
    {
        var error = CalendarYear.Create(2024, [Day(date, kind)], ["test"]).Error;

        Assert.IsAssignableFrom<ValidationError>(error);
        Assert.Equal(code, error!.Code);
        Assert.Equal(date, error.Args["date"]);
        Assert.Contains(date, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarYearCreate_DateTwice_Duplicated()
    {
        var error = CalendarYear.Create(2024, [Day("2024-03-21", DayKind.Holiday), Day("2024-03-21", DayKind.Holiday)], ["test"]).Error;

        Assert.IsType<CalendarDayDuplicated>(error);
        Assert.Equal("2024-03-21", error.Args["date"]);
    }

    [Fact]
    public void CalendarYearCreate_NoBasis_FieldMissing()
    {
        var day = new CalendarDay(D("2024-03-21"), DayKind.Holiday, "Наурыз мейрамы", "Наурыз мейрамы", " ");

        var error = Assert.IsType<CalendarDayFieldMissing>(CalendarYear.Create(2024, [day], ["test"]).Error);
        Assert.Equal((D("2024-03-21"), "basis"), (error.Date, error.Field));
    }

    [Fact]
    public void CalendarYearCreate_NoSources_SourcesMissing()
    {
        Assert.IsType<CalendarSourcesMissing>(CalendarYear.Create(2024, [], []).Error);
    }

    [Fact]
    public void CalendarYearCreate_UnsortedDays_SortsByDate()
    {
        var year = CalendarYear.Create(2024, [Day("2024-12-16", DayKind.Holiday), Day("2024-01-01", DayKind.Holiday)], ["test"]).Value;

        Assert.Equal([D("2024-01-01"), D("2024-12-16")], year.Days.Select(d => d.Date));
    }
}
