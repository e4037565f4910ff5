using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Joldama.Domain.Shared;

namespace Joldama.Application.Conformity.Evaluation;

/// <summary>
/// Reads the JSON of an <see cref="EvaluationRequest"/> (camelCase; comments and trailing commas allowed). A property
/// the format does not have is refused rather than skipped: a misspelt "certficates" would otherwise silently make a
/// specialist uncertified.
/// </summary>
public static class EvaluationRequestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The request, or <see cref="EvaluationRequestInvalid"/> naming where the JSON breaks.</summary>
    public static Result<EvaluationRequest> Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<EvaluationRequest>(json, Options) is { } request
                ? request
                : Broken("$", "null", "an evaluation request object (docs/conformity-evaluate.md)");
        }
        catch (JsonException e)
        {
            var path = e.Path is { Length: > 1 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : e.Path ?? "$";
            var at = string.Create(CultureInfo.InvariantCulture, $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}");
            return Broken(path, at, Expected(e));
        }
    }

    private static EvaluationRequestInvalid Broken(string path, string value, string expected)
    {
        var problems = new ProblemList();
        problems.Invalid(path, value, expected);
        return new EvaluationRequestInvalid(problems.All);
    }

    /// <summary>What was expected, in the request's terms rather than the serializer's (which names .NET types).</summary>
    private static string Expected(JsonException e)
    {
        if (e.InnerException is JsonException syntax)
        {
            var cut = syntax.Message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
            return $"valid JSON ({(cut > 0 ? syntax.Message[..cut] : syntax.Message).TrimEnd(' ', '|', '.')})";
        }

        return e.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "only the properties docs/conformity-evaluate.md names"
            : "a value of the type docs/conformity-evaluate.md gives this field (text, number, whole number, list or object)";
    }
}
