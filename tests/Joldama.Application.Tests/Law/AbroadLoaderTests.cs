using System.Text.Json.Nodes;
using Joldama.Application.Law;

namespace Joldama.Application.Tests.Law;

/// <summary>A broken treatment-abroad file stops loading with a message naming the file and the row.</summary>
public sealed class AbroadLoaderTests : IDisposable
{
    private readonly string _law;

    public AbroadLoaderTests()
    {
        _law = Path.Combine(Path.GetTempPath(), "joldama-abroad-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(_law, "mzsr-544-2015");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(LawLibrary.DefaultDataDirectory, "law", "mzsr-544-2015")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_law, recursive: true);

    [Fact]
    public void Load_Unbroken_Loads() => Assert.Equal(2, AbroadRulesLoader.Load(_law).Schemes.Count);

    [Fact]
    public void Load_ActiveSchemeProposed_IsADataChange()
    {
        Edit(AbroadRulesLoader.SchemesFile, root => root["activeScheme"] = "proposed");

        Assert.Equal("proposed", AbroadRulesLoader.Load(_law).Active.Id);
    }

    [Fact]
    public void Load_ActiveSchemeUnknown_Fails() =>
        Fails(AbroadRulesLoader.SchemesFile, root => root["activeScheme"] = "next-year", "schemes.json", "activeScheme");

    [Fact]
    public void Load_StepDeadlineChanged_SumMismatchFails() =>
        Fails(AbroadRulesLoader.SchemesFile, root => root["schemes"]![0]!["steps"]![5]!["workingDays"] = 16, "schemes.json", "add up to 45");

    [Fact]
    public void Load_StepRemoved_NumberingFails() =>
        Fails(AbroadRulesLoader.SchemesFile, root => root["schemes"]![1]!["steps"]!.AsArray().RemoveAt(2), "schemes.json", "expected 1 to 6");

    [Fact]
    public void Load_StepWithoutDeadlineDash_Accepted_ButSumThenDiffers() =>
        Fails(AbroadRulesLoader.SchemesFile, root => root["schemes"]![0]!["steps"]![0]!["workingDays"] = "—", "schemes.json", "add up to 43");

    [Fact]
    public void Load_UnknownActor_NamesTheStep() =>
        Fails(AbroadRulesLoader.SchemesFile, root => root["schemes"]![0]!["steps"]![2]!["actor"] = "ministry", "step 3", "actor");

    [Fact]
    public void Load_IndicationWithoutQuote_NamesTheRow() =>
        Fails(AbroadRulesLoader.EligibilityFile, root => root["indications"]![4]!["seed003"]!["quote"] = null, "indication keratoprosthesis", "quote");

    [Fact]
    public void Load_OneSeedRowWithoutNote_Fails() =>
        Fails(AbroadRulesLoader.EligibilityFile, root => root["indications"]![6]!["note"] = null, "indication laryngeal-stenosis", "note");

    [Fact]
    public void Load_SelfArrangedExclusionRemoved_Fails() =>
        Fails(AbroadRulesLoader.EligibilityFile, root => root["exclusions"]!.AsArray().RemoveAt(0), "exclusions", "SelfArranged");

    private void Fails(string file, Action<JsonNode> edit, string where, string what)
    {
        Edit(file, edit);
        var message = Assert.Throws<LawDataException>(() => AbroadRulesLoader.Load(_law)).Message;
        Assert.Contains(where, message, StringComparison.Ordinal);
        Assert.Contains(what, message, StringComparison.Ordinal);
    }

    private void Edit(string file, Action<JsonNode> edit)
    {
        var path = Path.Combine(_law, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        edit(root);
        File.WriteAllText(path, root.ToJsonString());
    }
}
