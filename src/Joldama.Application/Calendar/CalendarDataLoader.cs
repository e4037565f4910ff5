using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Joldama.Application.Law;
using Joldama.Domain.Calendar;

namespace Joldama.Application.Calendar;

/// <summary>
/// Loads the working-day calendar from <c>data/calendar/YYYY.json</c> (one file per year, 5-day week).
/// A broken file is a deployment error: start-up stops with a <see cref="LawDataException"/> naming the file
/// and the day, so whoever edited it can find the mistake.
/// </summary>
public static partial class CalendarDataLoader
{
    private const string Schedule = "5day";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // A misspelt field ("basys") would otherwise be dropped in silence.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
    };

    // The same kebab-case names a JsonStringEnumConverter would use, but mapped here so that an unknown kind
    // is reported with its day and date, and a number is not accepted as a kind.
    private static readonly Dictionary<string, DayKind> Kinds = Enum.GetValues<DayKind>()
        .ToDictionary(k => JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString()), StringComparer.Ordinal);

    /// <summary>Reads every <c>YYYY.json</c> in <paramref name="directory"/>; other files are ignored.</summary>
    public static WorkingCalendar Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var files = Directory.EnumerateFiles(directory, "*.json")
            .Where(path => YearFileName().IsMatch(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new LawDataException(directory, "folder", "no calendar file named YYYY.json");
        }

        var years = files.Select(LoadYear).ToArray();
        for (var i = 1; i < years.Length; i++)
        {
            if (years[i].Year != years[i - 1].Year + 1)
            {
                throw new LawDataException(
                    Path.GetFileName(files[i]),
                    "file",
                    string.Create(CultureInfo.InvariantCulture, $"the calendar of {years[i - 1].Year + 1} is missing: years must follow each other without a gap"));
            }
        }

        return new WorkingCalendar(years);
    }

    private static CalendarYear LoadYear(string path)
    {
        var file = Path.GetFileName(path);
        YearFile data;
        try
        {
            using var stream = File.OpenRead(path);
            data = JsonSerializer.Deserialize<YearFile>(stream, Options)
                ?? throw new LawDataException(file, "file", "the file holds null");
        }
        catch (JsonException e)
        {
            throw new LawDataException(file, "file", $"not valid calendar JSON: {e.Message}");
        }

        var year = int.Parse(Path.GetFileNameWithoutExtension(file), NumberStyles.None, CultureInfo.InvariantCulture);
        if (data.Year != year)
        {
            var stated = data.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "missing";
            throw new LawDataException(file, "file", string.Create(CultureInfo.InvariantCulture, $"\"year\" is {stated}, but the file name says {year}"));
        }

        if (!string.Equals(data.Schedule, Schedule, StringComparison.Ordinal))
        {
            throw new LawDataException(file, "file", $"\"schedule\" is '{data.Schedule}'; only '{Schedule}' is supported");
        }

        var rows = data.Days ?? throw new LawDataException(file, "file", "\"days\" is missing");
        var days = rows.Select((row, i) => ToDay(file, i, row)).ToArray();
        var result = CalendarYear.Create(year, days, data.Sources ?? []);
        if (!result.IsError)
        {
            return result.Value;
        }

        var problem = $"{result.Error.Message} [{result.Error.Code}]";
        if (!result.Error.Args.TryGetValue("date", out var date))
        {
            throw new LawDataException(file, "file", problem);
        }

        // The last row with the date: for a duplicate, that is the repeated one.
        var index = Array.FindLastIndex(rows, r => string.Equals(r?.Date, date, StringComparison.Ordinal));
        throw new LawDataException(file, Row(index, date), problem);
    }

    private static CalendarDay ToDay(string file, int index, DayRow? row)
    {
        if (row is null)
        {
            throw new LawDataException(file, Row(index, "?"), "the day is null");
        }

        var where = Row(index, row.Date ?? "no date");
        if (!DateOnly.TryParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new LawDataException(file, where, $"\"date\" '{row.Date}' is not a date written yyyy-MM-dd");
        }

        if (row.Kind is null || !Kinds.TryGetValue(row.Kind, out var kind))
        {
            throw new LawDataException(file, where, $"unknown \"kind\" '{row.Kind}'; expected one of {string.Join(", ", Kinds.Keys)}");
        }

        // Missing names or basis are reported by CalendarYear.Create, which names the date.
        return new CalendarDay(date, kind, row.NameRu ?? string.Empty, row.NameKk ?? string.Empty, row.Basis ?? string.Empty);
    }

    private static string Row(int index, string date) =>
        string.Create(CultureInfo.InvariantCulture, $"day {index + 1} ({date})");

    [GeneratedRegex(@"^\d{4}\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFileName();

    private sealed record YearFile(int? Year, string? Schedule, string[]? Sources, string? Note, DayRow?[]? Days);

    /// <param name="Note">A doubt about the date, for the record; not used by the calendar.</param>
    private sealed record DayRow(string? Date, string? Kind, string? NameRu, string? NameKk, string? Basis, string? Note);
}
