using System.Text.Json;
using System.Text.Json.Nodes;
using Joldama.Application.Law;

namespace Joldama.Web.Tests.Infrastructure;

/// <summary>A copy of the law data folder the app runs on, for a test that needs the law to differ.</summary>
public static class LawDataCopy
{
    /// <summary>
    /// Copies data/ into <paramref name="folder"/> and deletes every list row of <paramref name="code"/>, so the
    /// code keeps its characteristics (Appendix 2) but stands on no HTMC list: not HTMC.
    /// </summary>
    public static string WithoutListRowsOf(string folder, string code)
    {
        var target = Path.Combine(folder, "data");
        CopyDirectory(LawLibrary.DefaultDataDirectory, target);
        var lists = Path.Combine(target, "law", CatalogLoader.ListsFile);
        var root = JsonNode.Parse(File.ReadAllText(lists))!.AsObject();
        var rows = root["rows"]!.AsArray();
        foreach (var row in rows.Where(r => r!["code"]!.GetValue<string>() == code).ToArray())
        {
            rows.Remove(row);
        }

        File.WriteAllText(lists, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return target;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }
}
