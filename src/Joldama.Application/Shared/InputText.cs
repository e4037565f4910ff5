using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Application.Shared;

/// <summary>Free text from a request: trimmed, bounded, blank read as absent.</summary>
public static class InputText
{
    /// <summary>The trimmed text, or <see cref="InputInvalid"/> when blank or longer than <paramref name="limit"/>.</summary>
    public static Result<string> Required(string? text, string field, int limit) =>
        string.IsNullOrWhiteSpace(text) ? new InputInvalid(field, string.Empty, "a text") : Bounded(text.Trim(), field, limit);

    /// <summary>The trimmed text, null when blank, or <see cref="InputInvalid"/> when longer than <paramref name="limit"/>.</summary>
    public static Result<string?> Optional(string? text, string field, int limit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (string?)null;
        }

        var bounded = Bounded(text.Trim(), field, limit);
        return bounded.IsError ? bounded.Error : bounded.Value;
    }

    private static Result<string> Bounded(string trimmed, string field, int limit) =>
        trimmed.Length > limit
            ? new InputInvalid(field, trimmed[..20] + "…", string.Create(CultureInfo.InvariantCulture, $"at most {limit} characters"))
            : trimmed;
}
