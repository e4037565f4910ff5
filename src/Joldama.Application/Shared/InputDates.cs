using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Application.Shared;

/// <summary>Calendar dates as requests carry them: ISO 8601 <c>YYYY-MM-DD</c>, nothing else.</summary>
public static class InputDates
{
    public static Result<DateOnly> Parse(string? text, string field) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : new InputInvalid(field, text ?? string.Empty, "YYYY-MM-DD");

    /// <summary>An absent date means today in Kazakhstan.</summary>
    public static Result<DateOnly> ParseOptional(string? text, string field, DateOnly today) =>
        string.IsNullOrWhiteSpace(text) ? today : Parse(text, field);
}
