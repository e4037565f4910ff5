using System.Globalization;
using Joldama.Domain.Catalog;

namespace Joldama.Application.Law;

/// <summary>Validation helpers bound to one file and row, so every failure names both.</summary>
internal readonly record struct RowReader(string File, string Row)
{
    public string Text(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Fail($"'{field}' is missing") : value.Trim();

    public BilingualText Bilingual(string? kk, string? ru, string field, TextLanguage? unofficial) =>
        new(Text(kk, field + "Kk"), Text(ru, field + "Ru"), unofficial);

    public DateOnly Date(string? value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fail($"'{field}' is '{value}', not a date YYYY-MM-DD");

    public DateOnly? OptionalDate(string? value, string field) => value is null ? null : Date(value, field);

    public HtmcCode Code(string? value) =>
        HtmcCode.Parse(value) is { IsError: false } ok ? ok.Value : throw Fail($"code '{value}' is not an HTMC code");

    public int Positive(int? value, string field) =>
        value is > 0 ? value.Value : throw Fail($"'{field}' is {value?.ToString(CultureInfo.InvariantCulture) ?? "missing"}, expected a positive number");

    public T Enum<T>(string? value, string field)
        where T : struct, System.Enum
    {
        // Names only: Enum.TryParse would also take "1" or "2" and map them to a member by its number.
        var normalized = value?.Replace("-", string.Empty, StringComparison.Ordinal);
        var name = System.Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, normalized, StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? System.Enum.Parse<T>(name)
            : throw Fail($"'{field}' is '{value}', expected one of {string.Join(", ", System.Enum.GetNames<T>())}");
    }

    public LawDataException Fail(string problem) => new(File, Row, problem);
}
