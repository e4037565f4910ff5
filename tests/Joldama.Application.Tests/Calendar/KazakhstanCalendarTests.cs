using System.Globalization;
using Joldama.Application.Calendar;
using Joldama.Application.Law;
using Joldama.Domain.Calendar;
using Joldama.Domain.Shared;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Application.Tests.Calendar;

/// <summary>
/// The real files in data/calendar, checked against the dates of KZ-FACTS §2.2: the Law «О праздниках в РК»
/// art. 5 (a holiday on a weekend moves the day off), Labour Code art. 84 p. 5 (7 January and Kurban Ait are never
/// moved), the МТСЗН order of 17.04.2024 (Sat 4 May ↔ Wed 8 May) and order No. 436 of 21.11.2024 (Sun 5 Jan ↔
/// Fri 3 Jan 2025). 2027 is derived from the rules (no МТСЗН calendar yet): 15 March is the new Constitution Day,
/// and Kurban Ait (Sun 16 May) is an estimate to confirm against ДУМК.
/// </summary>
public class KazakhstanCalendarTests
{
    private static readonly string CalendarFolder = Path.Combine(RepoRoot(), "data", "calendar");

    private static readonly WorkingCalendar Calendar = CalendarDataLoader.Load(CalendarFolder);

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Joldama.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder holding Joldama.slnx above " + AppContext.BaseDirectory);
    }

    [Theory]
    // Nauryz 2024: Thu–Sat; 23 Mar (Sat) moved to Mon 25 Mar.
    [InlineData("2024-03-21", false)]
    [InlineData("2024-03-22", false)]
    [InlineData("2024-03-23", false)]
    [InlineData("2024-03-25", false)]
    [InlineData("2024-03-26", true)]
    // Nauryz 2025: Fri–Sun; 22 and 23 Mar moved to Mon 24 and Tue 25 Mar.
    [InlineData("2025-03-21", false)]
    [InlineData("2025-03-24", false)]
    [InlineData("2025-03-25", false)]
    [InlineData("2025-03-26", true)]
    // Nauryz 2026: Sat–Mon; 21 and 22 Mar moved to Tue 24 and Wed 25 Mar.
    [InlineData("2026-03-20", true)]
    [InlineData("2026-03-23", false)]
    [InlineData("2026-03-24", false)]
    [InlineData("2026-03-25", false)]
    [InlineData("2026-03-26", true)]
    // May 2024: 1, 7, 9 May; Sat 4 May worked and Wed 8 May off by the order of 17.04.2024.
    [InlineData("2024-05-01", false)]
    [InlineData("2024-05-04", true)]
    [InlineData("2024-05-06", true)]
    [InlineData("2024-05-07", false)]
    [InlineData("2024-05-08", false)]
    [InlineData("2024-05-09", false)]
    [InlineData("2024-05-10", true)]
    // May 2025: all three on weekdays.
    [InlineData("2025-05-01", false)]
    [InlineData("2025-05-02", true)]
    [InlineData("2025-05-07", false)]
    [InlineData("2025-05-08", true)]
    [InlineData("2025-05-09", false)]
    // May 2026: 9 May (Sat) moved to Mon 11 May.
    [InlineData("2026-05-01", false)]
    [InlineData("2026-05-07", false)]
    [InlineData("2026-05-08", true)]
    [InlineData("2026-05-11", false)]
    [InlineData("2026-05-12", true)]
    // Kurban Ait day 1: Sun 16 Jun 2024 (not moved, and 17 Jun is worked), Fri 6 Jun 2025, Wed 27 May 2026.
    [InlineData("2024-06-16", false)]
    [InlineData("2024-06-17", true)]
    [InlineData("2025-06-06", false)]
    [InlineData("2026-05-27", false)]
    // New Year 1–2 Jan; 7 Jan is never moved (Sun 7 Jan 2024 leaves Mon 8 Jan working).
    [InlineData("2024-01-01", false)]
    [InlineData("2024-01-02", false)]
    [InlineData("2024-01-03", true)]
    [InlineData("2024-01-07", false)]
    [InlineData("2024-01-08", true)]
    [InlineData("2025-01-07", false)]
    [InlineData("2026-01-02", false)]
    [InlineData("2026-01-05", true)]
    [InlineData("2026-01-07", false)]
    // 2025 transfer (order No. 436 of 21.11.2024): Fri 3 Jan off, Sun 5 Jan worked.
    [InlineData("2025-01-03", false)]
    [InlineData("2025-01-04", false)]
    [InlineData("2025-01-05", true)]
    [InlineData("2025-01-06", true)]
    // Other days moved by art. 5.
    [InlineData("2024-07-08", false)]
    [InlineData("2025-03-10", false)]
    [InlineData("2025-07-07", false)]
    [InlineData("2025-09-01", false)]
    [InlineData("2025-10-27", false)]
    [InlineData("2026-03-09", false)]
    [InlineData("2026-10-26", false)]
    // Constitution Day: a holiday in 2024 and 2025; in 2026 30 Aug is no longer one, so Mon 31 Aug is worked.
    [InlineData("2024-08-30", false)]
    [InlineData("2026-08-31", true)]
    // 2027 (derived from the rules): Sat 2 Jan moved to Mon 4 Jan; 7 Jan a Thursday; new Constitution Day Mon 15 Mar;
    // Nauryz Sun–Tue, 21 Mar moved to Wed 24 Mar; Sat 1 May → Mon 3 May; Sun 9 May → Mon 10 May; Kurban Ait on Sunday
    // 16 May is not moved; 30 Aug (a Monday) is no longer a holiday.
    [InlineData("2027-01-01", false)]
    [InlineData("2027-01-04", false)]
    [InlineData("2027-01-05", true)]
    [InlineData("2027-01-07", false)]
    [InlineData("2027-01-08", true)]
    [InlineData("2027-03-08", false)]
    [InlineData("2027-03-15", false)]
    [InlineData("2027-03-16", true)]
    [InlineData("2027-03-22", false)]
    [InlineData("2027-03-23", false)]
    [InlineData("2027-03-24", false)]
    [InlineData("2027-03-25", true)]
    [InlineData("2027-05-03", false)]
    [InlineData("2027-05-04", true)]
    [InlineData("2027-05-07", false)]
    [InlineData("2027-05-10", false)]
    [InlineData("2027-05-16", false)]
    [InlineData("2027-05-17", true)]
    [InlineData("2027-07-06", false)]
    [InlineData("2027-08-30", true)]
    [InlineData("2027-10-25", false)]
    [InlineData("2027-12-16", false)]
    [InlineData("2027-12-17", true)]
    public void IsWorkingDay_DecreedDates_MatchKzFacts(string date, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)).Value);
    }

    [Theory]
    [InlineData("2024-05-03", 3, "2024-05-10")] // KZ-FACTS §2.3: Sat 4 May counts, 8 May does not
    [InlineData("2026-08-28", 1, "2026-08-31")] // KZ-FACTS §2.3: 31 Aug 2026 is a working day
    [InlineData("2024-03-20", 1, "2024-03-26")] // Nauryz and its moved Monday
    [InlineData("2025-03-20", 1, "2025-03-26")]
    [InlineData("2026-03-20", 1, "2026-03-26")]
    [InlineData("2024-05-03", 1, "2024-05-04")] // the transferred Saturday is the next working day
    [InlineData("2024-05-06", 1, "2024-05-10")] // 7, 8 and 9 May off
    [InlineData("2025-04-30", 1, "2025-05-02")]
    [InlineData("2025-05-06", 2, "2025-05-12")]
    [InlineData("2026-05-08", 1, "2026-05-12")] // 9 May moved to Mon 11 May
    [InlineData("2024-06-14", 1, "2024-06-17")] // Kurban Ait on Sunday is not moved
    [InlineData("2025-06-05", 1, "2025-06-09")]
    [InlineData("2026-05-26", 1, "2026-05-28")]
    [InlineData("2024-01-05", 1, "2024-01-08")] // 7 Jan on Sunday is not moved
    [InlineData("2024-12-31", 1, "2025-01-05")] // 2025 transfer: Sun 5 Jan is the first working day
    [InlineData("2025-01-05", 1, "2025-01-06")]
    [InlineData("2025-12-31", 1, "2026-01-05")] // 1–2 Jan 2026 off
    [InlineData("2023-06-30", 1, "2023-07-01")] // 2023 transfer (decree of 25.04.2023): Sat 1 July worked
    [InlineData("2023-07-05", 1, "2023-07-10")] // 6 July holiday, 7 July transferred day off
    [InlineData("2023-01-02", 1, "2023-01-04")] // 1 Jan 2023 on Sunday: Tue 3 Jan off
    [InlineData("2023-06-27", 1, "2023-06-29")] // Kurban Ait 28 June 2023
    [InlineData("2026-12-29", 2, "2026-12-31")] // 30 and 31 Dec 2026 are working days
    [InlineData("2026-12-31", 1, "2027-01-05")] // Fri 1 Jan 2027 holiday, 2–3 weekend, Mon 4 Jan moved from Sat 2 Jan
    [InlineData("2027-01-06", 1, "2027-01-08")] // 7 Jan 2027
    [InlineData("2027-03-12", 1, "2027-03-16")] // Mon 15 Mar 2027: the new Constitution Day
    [InlineData("2027-03-19", 1, "2027-03-25")] // Nauryz 2027 and Wed 24 Mar moved from Sun 21 Mar
    [InlineData("2027-04-30", 1, "2027-05-04")] // Sat 1 May 2027 moved to Mon 3 May
    [InlineData("2027-05-06", 1, "2027-05-11")] // 7 May, and Sun 9 May moved to Mon 10 May
    [InlineData("2027-05-14", 1, "2027-05-17")] // Kurban Ait on Sun 16 May 2027 is not moved (estimate)
    public void AddWorkingDays_AcrossDecreedDays_MatchesKzFacts(string start, int n, string expected)
    {
        var due = Calendar.AddWorkingDays(D(start), new WorkingDays(n)).Value;

        Assert.Equal(D(expected), due);
        Assert.Equal(n, Calendar.WorkingDaysBetween(D(start), due).Value);
    }

    [Theory]
    [InlineData(2023, 246)] // derived from the rules and the decree; 2023.json says to confirm it against МТСЗН's balance
    [InlineData(2024, 249)]
    [InlineData(2025, 246)]
    [InlineData(2026, 247)]
    [InlineData(2027, 247)] // derived from the rules: 261 weekdays less 14 weekday days off; confirm against МТСЗН's balance
    public void IsWorkingDay_WholeYear_TotalAsPublished(int year, int expected)
    {
        var count = 0;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = DateOnly.FromDayNumber(day.DayNumber + 1))
        {
            count += Calendar.IsWorkingDay(day).Value ? 1 : 0;
        }

        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void SpecialDaysIn_EachYear_EveryFixedHolidayListed(int year)
    {
        string[] fixedHolidays = ["01-01", "01-02", "01-07", "03-08", "03-21", "03-22", "03-23", "05-01", "05-07", "05-09", "07-06", "10-25", "12-16"];
        var holidays = Calendar.SpecialDaysIn(year).Where(d => d.Kind == DayKind.Holiday)
            .Select(d => d.Date.ToString("MM-dd", CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);

        Assert.All(fixedHolidays, h => Assert.Contains(h, holidays));
        Assert.Equal(year < 2026, holidays.Contains("08-30"));
        Assert.Equal(year >= 2027, holidays.Contains("03-15")); // the new Constitution Day, celebrated from 2027
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void SpecialDaysIn_EachYear_OneMovedDayPerWeekendHolidayExcept7January(int year)
    {
        // Art. 5 of the Law on holidays moves a weekend holiday; 7 Jan and Kurban Ait are never moved (Labour Code 84.5).
        var days = Calendar.SpecialDaysIn(year);
        var weekendHolidays = days.Count(d => d.Kind == DayKind.Holiday
            && d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            && d.Date != new DateOnly(year, 1, 7));

        Assert.Equal(weekendHolidays, days.Count(d => d.Kind == DayKind.MovedDayOff));
        // No day off moved from 7 January (in 2027, Mon 4 Jan is moved from Sat 2 Jan, which art. 5 does move).
        var seventh = new DateOnly(year, 1, 7).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        Assert.DoesNotContain(days, d => d.Kind == DayKind.MovedDayOff && d.Basis.Contains(seventh + " →", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-03-25", DayKind.MovedDayOff)]
    [InlineData("2023-07-01", DayKind.TransferWorkingDay)]
    [InlineData("2023-07-07", DayKind.TransferDayOff)]
    [InlineData("2024-05-04", DayKind.TransferWorkingDay)]
    [InlineData("2024-05-08", DayKind.TransferDayOff)]
    [InlineData("2024-06-16", DayKind.ReligiousDayOff)]
    [InlineData("2025-01-03", DayKind.TransferDayOff)]
    [InlineData("2025-01-05", DayKind.TransferWorkingDay)]
    [InlineData("2026-03-21", DayKind.Holiday)]
    [InlineData("2027-01-04", DayKind.MovedDayOff)]
    [InlineData("2027-03-15", DayKind.Holiday)]
    [InlineData("2027-03-24", DayKind.MovedDayOff)]
    [InlineData("2027-05-16", DayKind.ReligiousDayOff)]
    public void Describe_ListedDay_KindNamesAndBasis(string date, DayKind kind)
    {
        var info = Calendar.Describe(D(date)).Value;

        Assert.Equal(kind, info.Kind);
        Assert.False(string.IsNullOrWhiteSpace(info.NameRu));
        Assert.False(string.IsNullOrWhiteSpace(info.NameKk));
        Assert.False(string.IsNullOrWhiteSpace(info.Basis));
    }

    [Fact]
    public void Describe_30August2026_NotAHoliday()
    {
        Assert.Null(Calendar.Describe(D("2026-08-30")).Value.Kind);
    }

    [Fact]
    public void KnownYears_RepoData_2023To2027()
    {
        Assert.Equal((2023, 2027), Calendar.KnownYears);
    }

    [Theory]
    [InlineData("2022-12-30", 2022)]
    [InlineData("2028-01-04", 2028)]
    public void IsWorkingDay_YearNotLoaded_YearMissing(string date, int year)
    {
        var missing = Assert.IsType<CalendarYearMissing>(Calendar.IsWorkingDay(D(date)).Error);

        Assert.Equal(year, missing.Year);
    }

    [Fact]
    public void AddWorkingDays_CountRunsInto2028_YearMissing()
    {
        var missing = Assert.IsType<CalendarYearMissing>(Calendar.AddWorkingDays(D("2027-12-30"), new WorkingDays(2)).Error);

        Assert.Equal(2028, missing.Year);
    }

    [Theory]
    [InlineData("""{"date":"2024-03-21","kind":"holyday","nameRu":"Н","nameKk":"Н","basis":"Закон"}""", "2024-03-21")]
    [InlineData("""{"date":"2024-02-30","kind":"holiday","nameRu":"Н","nameKk":"Н","basis":"Закон"}""", "2024-02-30")]
    [InlineData("""{"date":"2024-05-07","kind":"transfer-working-day","nameRu":"Р","nameKk":"Ж","basis":"Приказ"}""", "2024-05-07")]
    [InlineData("""{"date":"2023-12-31","kind":"holiday","nameRu":"Н","nameKk":"Н","basis":"Закон"}""", "2023-12-31")]
    [InlineData("""{"date":"2024-03-21","kind":"holiday","nameRu":"Н","nameKk":"Н","basis":"Закон"}""", "2024-03-21")] // a duplicate
    [InlineData("""{"date":"2024-03-22","kind":"holiday","nameRu":"Н","nameKk":"Н","basis":" "}""", "2024-03-22")]
    public void Load_BrokenDay_ThrowsNamingFileAndDate(string secondDay, string date)
    {
        var folder = WriteTempCalendar(
            "2024.json",
            $$"""{"year":2024,"schedule":"5day","sources":["test"],"days":[{"date":"2024-03-21","kind":"holiday","nameRu":"Н","nameKk":"Н","basis":"Закон"},{{secondDay}}]}""");
        try
        {
            var e = Assert.Throws<LawDataException>(() => CalendarDataLoader.Load(folder));

            Assert.Equal("2024.json", e.File);
            Assert.Equal($"day 2 ({date})", e.Row);
            Assert.Contains("2024.json", e.Message, StringComparison.Ordinal);
            Assert.Contains(date, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("""{"year":2025,"schedule":"5day","sources":["test"],"days":[]}""")] // year vs file name
    [InlineData("""{"year":2024,"schedule":"6day","sources":["test"],"days":[]}""")]
    [InlineData("""{"year":2024,"schedule":"5day","sources":["test"],"days":[],"sorces":[]}""")]
    [InlineData("""{"year":2024,"schedule":"5day","sources":[],"days":[]}""")]
    [InlineData("""{"year":2024,"schedule":"5day","sources":["test"],"days":[""")]
    public void Load_BrokenFile_ThrowsNamingFile(string json)
    {
        var folder = WriteTempCalendar("2024.json", json);
        try
        {
            var e = Assert.Throws<LawDataException>(() => CalendarDataLoader.Load(folder));

            Assert.Equal(("2024.json", "file"), (e.File, e.Row));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TodayInKazakhstan_EveningUtc_NextDayInAlmaty()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 19, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 3, 2), clock.TodayInKazakhstan());
    }

    [Theory]
    // Before the switch Almaty was +06.
    [InlineData(17, 30, "2024-02-29T23:30:00+06:00")]
    // tzdata 2024a: at 18:00Z (00:00 on 1 March, +06) clocks went back to 23:00 on 29 February, +05; so the hour
    // 23:00–24:00 of 29 February happened twice and 1 March began at 19:00Z.
    [InlineData(18, 30, "2024-02-29T23:30:00+05:00")]
    [InlineData(19, 30, "2024-03-01T00:30:00+05:00")]
    public void ToKazakhstanTime_AroundSwitchToUtcPlus5_OffsetOfTheTime(int hour, int minute, string expected)
    {
        var moment = new DateTimeOffset(2024, 2, 29, hour, minute, 0, TimeSpan.Zero);
        var local = KazakhstanTime.ToKazakhstanTime(moment);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), local);
        Assert.Equal(expected, local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.FromDateTime(local.DateTime), KazakhstanTime.ToKazakhstanDate(moment));
    }

    private static string WriteTempCalendar(string fileName, string json)
    {
        var folder = Path.Combine(Path.GetTempPath(), "joldama-calendar-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, fileName), json);
        return folder;
    }
}
