using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Application.Referrals.Reports;

/// <summary>The reporting year a caller may ask the §42 annual report for: from 2000 to the year after today's.</summary>
public static class ReportYear
{
    public const int First = 2000;

    public static Result<int> Parse(string? text, DateOnly today)
    {
        var last = today.Year + 1;
        return int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= First && year <= last
            ? year
            : new ReportYearInvalid(text ?? string.Empty, First, last);
    }
}

/// <summary>The report's year is missing, not a number, or outside <see cref="ReportYear"/>'s range.</summary>
public sealed record ReportYearInvalid(string Value, int From, int To)
    : ValidationError("referral.report_year_invalid", string.Create(CultureInfo.InvariantCulture, $"'{Value}' is not a reporting year from {From} to {To}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>
    {
        ["value"] = Value, ["from"] = From.ToString(CultureInfo.InvariantCulture), ["to"] = To.ToString(CultureInfo.InvariantCulture),
    };
}
