using System.Text.Json.Nodes;
using Joldama.Application.Law;

namespace Joldama.Application.Tests.Law;

/// <summary>
/// A broken law data file stops loading with a <see cref="LawDataException"/> whose message names the
/// file and the row (data/law/README.md, docs/adr/0005-law-as-data.md). Each test copies the real data
/// folder to a temporary one, breaks exactly one thing, and loads it as start-up does.
/// </summary>
public sealed class LawDataLoaderTests : IDisposable
{
    private const string ListsFile = "law/dsm-141-2021/htmc-lists.json";
    private const string Items01To14 = "law/dsm-238-2020/appendix2/items-01-14.json";
    private const string Items53To78 = "law/dsm-238-2020/appendix2/items-53-78.json";
    private const string ActsFile = "law/acts.json";

    private readonly string _data;

    public LawDataLoaderTests()
    {
        _data = Path.Combine(Path.GetTempPath(), "joldama-law-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(FindRepoRoot(), "data"), _data);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void Load_UnbrokenCopy_Loads()
    {
        var library = LawLibrary.Load(_data);

        Assert.Equal(109, library.Catalog.Entries.Count);
        Assert.Equal(78, library.Catalog.Characteristics.Count);
    }

    [Fact]
    public void Load_InvalidJsonInLists_NamesFileAndLine()
    {
        var path = Path.Combine(_data, ListsFile);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length / 2)] + "}}}");

        var message = LoadFails();

        Assert.Contains("htmc-lists.json", message, StringComparison.Ordinal);
        Assert.Matches(@"line \d+", message);
    }

    [Fact]
    public void Load_CodeWithComma_NamesTableAndRow()
    {
        EditJson(ListsFile, root => Row(root, 3, 18)["code"] = "35,21");

        var message = LoadFails();

        Assert.Contains("htmc-lists.json", message, StringComparison.Ordinal);
        Assert.Contains("table 3 row 18", message, StringComparison.Ordinal);
        Assert.Contains("35,21", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicatedTableRow_NamesTableAndRow()
    {
        EditJson(ListsFile, root =>
        {
            var copy = Row(root, 3, 18).DeepClone();
            copy["code"] = "35.22";
            root["rows"]!.AsArray().Add(copy);
        });

        var message = LoadFails();

        Assert.Contains("htmc-lists.json", message, StringComparison.Ordinal);
        Assert.Contains("table 3 row 18", message, StringComparison.Ordinal);
        Assert.Contains("twice", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("urgent")]
    [InlineData("")]
    [InlineData("1")] // a number is not one of the documented names (emergency | planned)
    public void Load_UnknownHospitalization_NamesTable(string hospitalization)
    {
        // The form of hospitalization is a property of the table in htmc-lists.json ("tables"), not of each row.
        EditJson(ListsFile, root => root["tables"]!.AsArray().Single(t => (int)t!["table"]! == 2)!["hospitalization"] = hospitalization);

        var message = LoadFails();

        Assert.Contains("htmc-lists.json", message, StringComparison.Ordinal);
        Assert.Contains("table 2", message, StringComparison.Ordinal);
        Assert.Contains("hospitalization", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownStream_NamesTable()
    {
        EditJson(ListsFile, root => root["tables"]!.AsArray().Single(t => (int)t!["table"]! == 3)!["streams"] = new JsonArray("osms", "vmp"));

        var message = LoadFails();

        Assert.Contains("htmc-lists.json", message, StringComparison.Ordinal);
        Assert.Contains("table 3", message, StringComparison.Ordinal);
        Assert.Contains("vmp", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Load_DeviceMinCountNotPositive_NamesItemAndDevice(int minCount)
    {
        EditJson(Items01To14, root => Item(root, 5)["devices"]![0]!["minCount"] = minCount);

        var message = LoadFails();

        Assert.Contains("items-01-14.json", message, StringComparison.Ordinal);
        Assert.Contains("item 5", message, StringComparison.Ordinal);
        Assert.Contains("device 1", message, StringComparison.Ordinal);
        Assert.Contains("minCount", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("surgeon")]
    [InlineData("2")] // a number is not one of the documented names (doctor | nurse | other)
    public void Load_UnknownStaffRole_NamesItemAndStaffEntry(string role)
    {
        EditJson(Items01To14, root => Item(root, 14)["staff"]![1]!["role"] = role);

        var message = LoadFails();

        Assert.Contains("items-01-14.json", message, StringComparison.Ordinal);
        Assert.Contains("item 14", message, StringComparison.Ordinal);
        Assert.Contains("staff 2", message, StringComparison.Ordinal);
        Assert.Contains("role", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StaffMinCountZero_NamesItemAndStaffEntry()
    {
        EditJson(Items01To14, root => Item(root, 1)["staff"]![0]!["minCount"] = 0);

        var message = LoadFails();

        Assert.Contains("items-01-14.json", message, StringComparison.Ordinal);
        Assert.Contains("item 1", message, StringComparison.Ordinal);
        Assert.Contains("staff 1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FootnoteNotInFootnotesFile_NamesItemAndFootnote()
    {
        EditJson(Items53To78, root => Item(root, 70)["footnotes"] = new JsonArray("ivf-2019"));

        var message = LoadFails();

        Assert.Contains("items-53-78.json", message, StringComparison.Ordinal);
        Assert.Contains("item 70", message, StringComparison.Ordinal);
        Assert.Contains("ivf-2019", message, StringComparison.Ordinal);
        Assert.Contains("footnotes.json", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ItemNumberTwice_NamesItem()
    {
        EditJson(Items53To78, root => Item(root, 78)["item"] = 77);

        var message = LoadFails();

        Assert.Contains("items-53-78.json", message, StringComparison.Ordinal);
        Assert.Contains("item 77", message, StringComparison.Ordinal);
        Assert.Contains("twice", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ActsMissing_NamesFile()
    {
        File.Delete(Path.Combine(_data, ActsFile));

        var message = LoadFails();

        Assert.Contains("acts.json", message, StringComparison.Ordinal);
        Assert.Contains("missing", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("17.01.2022")]
    [InlineData("2022-02-30")]
    [InlineData("2022-1-17")]
    public void Load_ActWithBadDate_NamesActAndField(string date)
    {
        EditJson(ActsFile, root => root.AsArray().Single(a => (string?)a!["id"] == "dsm-141-2021")!["inForceFrom"] = date);

        var message = LoadFails();

        Assert.Contains("acts.json", message, StringComparison.Ordinal);
        Assert.Contains("dsm-141-2021", message, StringComparison.Ordinal);
        Assert.Contains("inForceFrom", message, StringComparison.Ordinal);
        Assert.Contains(date, message, StringComparison.Ordinal);
    }

    private string LoadFails()
    {
        var error = Assert.Throws<LawDataException>(() => LawLibrary.Load(_data));
        Assert.Contains(error.File, error.Message, StringComparison.Ordinal);
        return error.Message;
    }

    private void EditJson(string relativePath, Action<JsonNode> edit)
    {
        var path = Path.Combine(_data, relativePath);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        edit(root);
        File.WriteAllText(path, root.ToJsonString());
    }

    private static JsonNode Row(JsonNode lists, int table, int row) =>
        lists["rows"]!.AsArray().Single(r => (int)r!["table"]! == table && (int)r["row"]! == row)!;

    private static JsonNode Item(JsonNode items, int item) =>
        items.AsArray().Single(i => (int)i!["item"]! == item)!;

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Joldama.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder holding Joldama.slnx above " + AppContext.BaseDirectory);
    }
}
