using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Catalog;

/// <summary>
/// The code of an HTMC type: an ICD-9-CM procedure code as the lists print it ("35.21",
/// "03.7992", "00.93"): two digits, a dot, one to four digits. Kept as printed, because the seeds
/// distinguish "35.2" from "35.21" and "41.10" from "41.1".
/// </summary>
public readonly record struct HtmcCode
{
    private HtmcCode(string value) => Value = value;

    public string Value { get; }

    public static Result<HtmcCode> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new CodeMalformed(text ?? string.Empty);
        }

        var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
        var valid = dot == 2
            && trimmed.Length is >= 4 and <= 7
            && trimmed.AsSpan(0, 2).IndexOfAnyExceptInRange('0', '9') < 0
            && trimmed.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0;
        return valid ? new HtmcCode(trimmed) : new CodeMalformed(trimmed);
    }

    /// <summary>For data already validated at load time and for tests.</summary>
    public static HtmcCode From(string text) =>
        Parse(text) is { IsError: false } ok ? ok.Value : throw new ArgumentException($"'{text}' is not an HTMC code.", nameof(text));

    public bool StartsWith(string prefix) => Value.StartsWith(prefix, StringComparison.Ordinal);

    public override string ToString() => Value;

    public string ToString(IFormatProvider? provider) => Value.ToString(provider ?? CultureInfo.InvariantCulture);
}
