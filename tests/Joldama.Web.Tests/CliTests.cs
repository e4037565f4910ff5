using System.Text.Json;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests;

/// <summary>The CLI in-process: same law, rules, texts and JSON as the API; exit codes 0 ok, 2 bad input, 1 failure.</summary>
public sealed class CliTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public void CatalogSearch_KazakhWordAsText_OneLinePerCode()
    {
        var result = CliRunner.Run("catalog", "search", "жүрек");

        Assert.Equal(CliRunner.Success, result.Exit);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("33.6 ", StringComparison.Ordinal) && l.Contains("[3]", StringComparison.Ordinal));
        Assert.Empty(result.Error);
    }

    [Fact]
    public void CatalogSearch_KazakhLanguage_KazakhNames()
    {
        var result = CliRunner.Run("catalog", "search", "35.21", "--lang", "kk");

        Assert.Equal(CliRunner.Success, result.Exit);
        Assert.Contains("Аорталық қақпақшаны", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogSearch_Json_SameAsTheApi()
    {
        var cli = CliRunner.Run("catalog", "search", "35.2", "--format", "json").Json();
        using var client = fixture.App.CreateClient();
        var api = await Problems.ReadJsonAsync(await client.GetAsync(new Uri("/api/catalog?q=35.2", UriKind.Relative)));

        Assert.Equal(["35.2", "35.21", "35.23"], cli.EnumerateArray().Select(c => c.GetProperty("code").GetString()!));
        Assert.True(JsonElement.DeepEquals(api, cli), $"API: {api}\nCLI: {cli}");
    }

    [Fact]
    public async Task CatalogShow_35_21_SameJsonAsTheApi()
    {
        var cli = CliRunner.Run("catalog", "show", "35.21").Json();
        using var client = fixture.App.CreateClient();
        var api = await Problems.ReadJsonAsync(await client.GetAsync(new Uri("/api/catalog/35.21", UriKind.Relative)));

        Assert.Equal(18, cli.GetProperty("lists")[0].GetProperty("row").GetInt32());
        Assert.Equal(26, cli.GetProperty("characteristics")[0].GetProperty("item").GetInt32());
        Assert.True(JsonElement.DeepEquals(api, cli), "catalog show differs from GET /api/catalog/35.21");
    }

    [Fact]
    public async Task CatalogExport_ValidJsonEqualToTheApiExport()
    {
        var cli = CliRunner.Run("catalog", "export").Json();
        using var client = fixture.App.CreateClient();
        var api = await Problems.ReadJsonAsync(await client.GetAsync(new Uri("/api/catalog/export", UriKind.Relative)));

        Assert.Equal("joldama-catalog/1", cli.GetProperty("schema").GetString());
        Assert.Equal(109, cli.GetProperty("codes").EnumerateArray().Sum(c => c.GetProperty("lists").GetArrayLength()));
        Assert.Equal(78, cli.GetProperty("codes").EnumerateArray().Sum(c => c.GetProperty("characteristics").GetArrayLength()));
        Assert.True(JsonElement.DeepEquals(api, cli), "joldama catalog export differs from GET /api/catalog/export");
    }

    [Theory]
    [InlineData("35.2", "emergency", "no")]
    [InlineData("35.21", "planned", "yes")]
    [InlineData("35.21", "planned", "no")]
    [InlineData("92.201", "planned", "no")]
    [InlineData("35.21", "emergency", "yes")]
    public async Task Funding_SameQuestion_SameAnswerAsTheApi(string code, string form, string insured)
    {
        var cli = CliRunner.Run("funding", "--code", code, "--form", form, "--insured", insured, "--date", "2026-03-02").Json();
        using var client = fixture.App.CreateClient();
        var api = await Problems.ReadJsonAsync(await client.GetAsync(new Uri($"/api/funding?code={code}&form={form}&insured={insured}&date=2026-03-02", UriKind.Relative)));

        foreach (var field in new[] { "outcome", "stream", "rule", "code", "form", "date" })
        {
            Assert.Equal(api.GetProperty(field).ToString(), cli.GetProperty(field).ToString());
        }

        Assert.True(JsonElement.DeepEquals(api, cli), $"API: {api}\nCLI: {cli}");
    }

    [Fact]
    public void CalendarAddWorkingDays_AcrossNauryz_PrintsDueDate()
    {
        var result = CliRunner.Run("calendar", "add-working-days", "2026-03-20", "1");

        Assert.Equal(CliRunner.Success, result.Exit);
        Assert.Equal("2026-03-26", result.Output.Trim());
    }

    [Fact]
    public void CalendarBetween_AcrossNauryz_PrintsCount()
    {
        var result = CliRunner.Run("calendar", "between", "2026-03-20", "2026-03-31");

        Assert.Equal(CliRunner.Success, result.Exit);
        Assert.Equal("4", result.Output.Trim());
    }

    [Fact]
    public void CalendarDay_Holiday_Json()
    {
        var day = CliRunner.Run("calendar", "day", "2026-03-23").Json();

        Assert.False(day.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal("Holiday", day.GetProperty("kind").GetString());
    }

    [Fact]
    public void IinCheck_Valid_JsonWithBirthDateAndMaskedNumber()
    {
        var json = CliRunner.Run("iin", "check", "900101-300017").Json();

        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal("1990-01-01", json.GetProperty("birthDate").GetString());
        Assert.Equal("90******0017", json.GetProperty("masked").GetString());
        Assert.Equal("male", json.GetProperty("sex").GetString());
    }

    [Fact]
    public void IinCheck_WrongCheckDigit_Exit2WithLocalizedReasonOnStderr()
    {
        var ru = CliRunner.Run("iin", "check", "061211600013");
        var kk = CliRunner.Run("iin", "check", "061211600013", "--lang", "kk");

        Assert.Equal(CliRunner.BadInput, ru.Exit);
        Assert.Empty(ru.Output);
        Assert.Contains("Контрольная цифра не сходится", ru.Error, StringComparison.Ordinal);
        Assert.Contains("[identifier.check_digit_mismatch]", ru.Error, StringComparison.Ordinal);
        Assert.Equal(CliRunner.BadInput, kk.Exit);
        Assert.Contains("Бақылау цифры сәйкес келмейді", kk.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BinCheck_Valid_Exit0()
    {
        var json = CliRunner.Run("bin", "check", "971240001315").Json();

        Assert.Equal("971240001315", json.GetProperty("bin").GetString());
        Assert.Equal(12, json.GetProperty("registrationMonth").GetInt32());
    }

    [Theory]
    [InlineData("catalog", "show", "35,21")]
    [InlineData("catalog", "show", "99.99")]
    [InlineData("catalog", "search", "35", "--as-of", "2024-13-01")]
    [InlineData("catalog", "search", "35", "--format", "xml")]
    [InlineData("catalog", "search", " ")]
    [InlineData("calendar", "add-working-days", "2024-13-01", "1")]
    [InlineData("calendar", "add-working-days", "01.05.2024", "1")]
    [InlineData("calendar", "add-working-days", "2026-03-02", "-1")]
    [InlineData("calendar", "between", "tomorrow", "2026-03-31")]
    [InlineData("funding", "--code", "35,21", "--form", "planned", "--insured", "no")]
    [InlineData("funding", "--code", "35.21", "--form", "planned", "--insured", "no", "--date", "2024-13-01")]
    [InlineData("funding", "--code", "35.21", "--form", "planned")]
    [InlineData("iin", "check", "061211600013", "--lang", "fr")]
    [InlineData("--lang", "fr", "catalog", "show", "35.21")]
    [InlineData("frobnicate")]
    [InlineData("catalog", "frobnicate")]
    [InlineData]
    public void Run_BadInput_Exit2WithMessageOnStderr(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.True(result.Exit == CliRunner.BadInput, result.ToString());
        Assert.False(string.IsNullOrWhiteSpace(result.Error), result.ToString());
    }

    [Fact]
    public void Run_UnknownLanguage_Exit2NamingBothLanguages()
    {
        var result = CliRunner.Run("calendar", "day", "2026-03-23", "--lang", "fr");

        Assert.Equal(CliRunner.BadInput, result.Exit);
        Assert.Contains("--lang kk", result.Error, StringComparison.Ordinal);
        Assert.Contains("Белгісіз тіл", result.Error, StringComparison.Ordinal);
        Assert.Contains("Неизвестный язык", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("calendar", "add-working-days", "2028-01-04", "1")]
    [InlineData("calendar", "add-working-days", "2027-12-30", "10")]
    [InlineData("calendar", "between", "2022-12-01", "2023-01-10")]
    [InlineData("calendar", "day", "2030-01-01")]
    [InlineData("funding", "--code", "35.21", "--form", "planned", "--insured", "yes", "--date", "2021-06-01")]
    public void Run_RuleRefuses_Exit1(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.True(result.Exit == CliRunner.Failure, result.ToString());
        Assert.Empty(result.Output);
        Assert.Matches(@"\[(calendar\.year_missing|funding\.no_list_in_force)\]", result.Error);
    }
}
