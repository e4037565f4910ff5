using Joldama.Domain.Shared;

namespace Joldama.Application.Shared;

/// <summary>Enum values as requests carry them: the name in any case, kebab-case allowed ("no-show"), never a number.</summary>
public static class InputEnums
{
    public static Result<T> Parse<T>(string? text, string field)
        where T : struct, Enum
    {
        var name = text?.Trim().Replace("-", string.Empty, StringComparison.Ordinal);
        return !string.IsNullOrEmpty(name) && !int.TryParse(name, out _) && Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : new InputInvalid(field, text ?? string.Empty, string.Join('|', Enum.GetNames<T>().Select(Kebab)));
    }

    /// <summary>"AcceptedByProvider" → "accepted-by-provider".</summary>
    public static string Kebab<T>(T value)
        where T : struct, Enum => Kebab(value.ToString());

    public static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
