using System.Text.Json;
using System.Text.Json.Serialization;

namespace Joldama.Application.Law;

/// <summary>Reads one law data file, turning a JSON error into a <see cref="LawDataException"/> that names the file.</summary>
internal static class LawJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    public static T Read<T>(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new LawDataException(name, "file", $"missing (looked for {path})");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new LawDataException(name, "file", "empty document");
        }
        catch (JsonException e)
        {
            throw new LawDataException(name, $"line {e.LineNumber + 1}", e.Message);
        }
    }
}
