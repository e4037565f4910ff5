using System.Text.Json.Nodes;
using Joldama.Web.Tests.Infrastructure;
using CliApp = Joldama.Cli.CliApp;

namespace Joldama.Web.Tests;

/// <summary>
/// <c>joldama conformity evaluate FILE [--json]</c> in-process, on the documented example (docs/examples/conformity-evaluate.json,
/// 35.05, seed 001 Appendix 2 item 21): exit 0 all conform, 3 some do not, 2 bad input with every problem, 1 failure.
/// </summary>
public sealed class ConformityCliTests : IDisposable
{
    private static readonly string Example = Path.Combine(RepoPaths.Root, "docs", "examples", "conformity-evaluate.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("joldama-conformity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Evaluate_Example_Exit0AndEveryCriterionMet()
    {
        var result = CliRunner.Run("conformity", "evaluate", Example);

        Assert.True(result.Exit == CliRunner.Success, result.ToString());
        Assert.Empty(result.Error);
        var lines = Lines(result.Output);
        Assert.StartsWith("35.05 Эндоваскулярная замена аортального клапана (Appendix 2, item 21) on 2026-10-01: conforms", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("✓ staff: needs 1 specialist with a valid certificate", StringComparison.Ordinal)
            && l.Contains("has 2: Серік Ахметов, Айгүл Нұрланқызы", StringComparison.Ordinal));
        foreach (var device in new[] { "Ангиографическая установка с системой гемодинамики", "Наркозно-дыхательный аппарат", "Бифазный дефибриллятор", "Аппарат искусственного кровообращения" })
        {
            Assert.Contains(lines, l => l.StartsWith("✓ device: ", StringComparison.Ordinal) && l.Contains(device, StringComparison.Ordinal));
        }

        Assert.Equal(5, lines.Count(l => l.StartsWith('✓')));
        Assert.DoesNotContain(lines, l => l.StartsWith('✗'));
        Assert.Equal("1 of 1 code(s) conform.", lines[^1]);
    }

    [Fact]
    public void Evaluate_ExampleAsJson_EveryFindingWithKindCodeAndReason()
    {
        var json = CliRunner.Run("conformity", "evaluate", Example, "--json").Json();

        Assert.Equal("2026-10-01", json.GetProperty("on").GetString());
        Assert.True(json.GetProperty("conforms").GetBoolean());
        var code = Assert.Single(json.GetProperty("codes").EnumerateArray());
        Assert.Equal("35.05", code.GetProperty("code").GetString());
        Assert.Equal(21, code.GetProperty("item").GetInt32());
        Assert.Equal("Аорталық қақпақшаны эндоваскулярлық ауыстыру", code.GetProperty("name").GetProperty("kk").GetString());
        var findings = code.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(["staff", "device", "device", "device", "device"], findings.Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal("conformity.staff", findings[0].GetProperty("code").GetString());
        Assert.Equal("kc-017, kc-042", findings[0].GetProperty("args").GetProperty("countedIds").GetString());
        Assert.All(findings, f => Assert.True(f.GetProperty("met").GetBoolean()));
        Assert.Equal("1", findings[3].GetProperty("args").GetProperty("outOfOrder").GetString());
    }

    [Fact]
    public void Evaluate_KazakhLanguage_KazakhName()
    {
        var result = CliRunner.Run("conformity", "evaluate", Example, "--lang", "kk");

        Assert.Equal(CliRunner.Success, result.Exit);
        Assert.StartsWith("35.05 Аорталық қақпақшаны эндоваскулярлық ауыстыру", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CertificatesExpiredTheDayBefore_Exit3WithTheReason()
    {
        var request = JsonNode.Parse(File.ReadAllText(Example))!;
        foreach (var specialist in request["specialists"]!.AsArray())
        {
            foreach (var certificate in specialist!["certificates"]!.AsArray())
            {
                certificate!["validTo"] = "2026-09-30";
            }
        }

        var result = CliRunner.Run("conformity", "evaluate", Write("expired.json", request.ToJsonString()));

        Assert.True(result.Exit == CliApp.NotConforming, result.ToString());
        Assert.Equal(3, CliApp.NotConforming);
        var lines = Lines(result.Output);
        Assert.EndsWith("on 2026-10-01: does not conform", lines[0], StringComparison.Ordinal);
        var staff = Assert.Single(lines, l => l.StartsWith("✗ staff: ", StringComparison.Ordinal));
        Assert.Contains("has 0: none", staff, StringComparison.Ordinal);
        Assert.Contains("Серік Ахметов (no certificate valid on 2026-10-01)", staff, StringComparison.Ordinal);
        Assert.Contains("Айгүл Нұрланқызы (no certificate valid on 2026-10-01)", staff, StringComparison.Ordinal);
        Assert.Equal(4, lines.Count(l => l.StartsWith("✓ device: ", StringComparison.Ordinal)));
        Assert.Equal("0 of 1 code(s) conform.", lines[^1]);
    }

    [Fact]
    public void Evaluate_InvalidFile_Exit2WithEveryProblemOnStderr()
    {
        var request = JsonNode.Parse(File.ReadAllText(Example))!;
        request["codes"] = new JsonArray("35.05", "99.99");
        request["specialists"]![0]!["name"] = " ";
        request["specialists"]![1]!["certificates"]![0]!["validTo"] = "2020-01-01";
        request["devices"]![0]!["count"] = -1;

        var result = CliRunner.Run("conformity", "evaluate", Write("invalid.json", request.ToJsonString()));

        Assert.True(result.Exit == CliRunner.BadInput, result.ToString());
        Assert.Empty(result.Output);
        Assert.Contains("В запросе на оценку проблем: 4", result.Error, StringComparison.Ordinal);
        Assert.Contains("[conformity.request_invalid]", result.Error, StringComparison.Ordinal);
        Assert.Contains("  codes[1]: Кода 99.99 нет ни в перечне ВТМП, ни в характеристиках. [catalog.code_unknown]", result.Error, StringComparison.Ordinal);
        Assert.Contains("  specialists[0].name: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("  specialists[1].certificates[0].validTo: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("  devices[0].count: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BrokenJson_Exit2NamingTheLine()
    {
        var result = CliRunner.Run("conformity", "evaluate", Write("broken.json", "{\n  \"on\": \"2026-10-01\"\n  \"codes\": []\n}"));

        Assert.True(result.Exit == CliRunner.BadInput, result.ToString());
        Assert.Contains("line 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingFile_Exit2NamingTheFile()
    {
        var missing = Path.Combine(_folder, "no-such-file.json");

        var result = CliRunner.Run("conformity", "evaluate", missing);

        Assert.True(result.Exit == CliRunner.BadInput, result.ToString());
        Assert.Empty(result.Output);
        Assert.Contains($"File not found: {missing}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoFileArgument_Exit2()
    {
        var result = CliRunner.Run("conformity", "evaluate");

        Assert.True(result.Exit == CliRunner.BadInput, result.ToString());
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    private static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
