using Joldama.Domain.Shared;
using Microsoft.Extensions.Localization;

namespace Joldama.Application.Localization;

/// <summary>Turns an <see cref="Error"/> into the user's language, filling its named arguments.</summary>
public static class Texts
{
    public static string Describe(this IStringLocalizer text, Error error) =>
        Fill(text[$"error.{error.Code}"], error.Args, error.Message);

    public static string Describe(this IStringLocalizer text, string code, IReadOnlyDictionary<string, string> args, string fallback) =>
        Fill(text[code], args, fallback);

    private static string Fill(LocalizedString template, IReadOnlyDictionary<string, string> args, string fallback)
    {
        if (template.ResourceNotFound)
        {
            return fallback;
        }

        var result = template.Value;
        foreach (var (name, value) in args)
        {
            result = result.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return result;
    }
}
