using System.Text.Json;
using Joldama.Domain.Catalog;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests;

public sealed class CatalogApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Search_RussianWords_FindsHeartLungTransplant()
    {
        var found = await SearchAsync("/api/catalog?q=сердце%20легкое");

        var hit = Assert.Single(found, c => c.GetProperty("code").GetString() == "33.6");
        Assert.Contains("сердце", hit.GetProperty("name").GetProperty("ru").GetString(), StringComparison.Ordinal);
        Assert.Equal(["3"], hit.GetProperty("tables").EnumerateArray().Select(t => t.GetString()));
        Assert.True(hit.GetProperty("hasCharacteristics").GetBoolean());
    }

    [Fact]
    public async Task Search_KazakhWord_FindsHeartCodes()
    {
        var found = await SearchAsync("/api/catalog?q=" + Uri.EscapeDataString("жүрек"));

        Assert.Contains(found, c => c.GetProperty("code").GetString() == "33.6");
        Assert.All(found, c => Assert.Contains("журек", SearchText.Fold(c.GetProperty("name").GetProperty("kk").GetString()!), StringComparison.Ordinal));

        // Typed on a Russian keyboard («журек») or in capitals, the same codes.
        var folded = await SearchAsync("/api/catalog?q=" + Uri.EscapeDataString("ЖУРЕК"));
        Assert.Equal(found.Select(c => c.GetProperty("code").GetString()), folded.Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Search_CodePrefix_ReturnsOnlyCodesWithThatPrefix()
    {
        var codes = (await SearchAsync("/api/catalog?q=35.2")).Select(c => c.GetProperty("code").GetString()!).ToArray();

        Assert.Equal(["35.2", "35.21", "35.23"], codes);
    }

    [Fact]
    public async Task Search_AsOfDateBeforeListsInForce_OnlyCharacteristicsOfThatDay()
    {
        // 2021-06-01: the characteristics (ҚР ДСМ-238/2020, from 2020-12-21) are in force, the lists (ҚР ДСМ-141, from 2022-01-17) not yet.
        var found = await SearchAsync("/api/catalog?q=35.2&asOf=2021-06-01");

        // 35.2 has no characteristics, so it is not HTMC of that day at all.
        Assert.Equal(["35.21", "35.23"], found.Select(c => c.GetProperty("code").GetString()!));
        Assert.All(found, c => Assert.Empty(c.GetProperty("tables").EnumerateArray()));
        Assert.All(found, c => Assert.True(c.GetProperty("hasCharacteristics").GetBoolean()));
        Assert.Empty(await SearchAsync("/api/catalog?q=35.2&asOf=2019-01-01"));
        Assert.Equal(3, (await SearchAsync("/api/catalog?q=35.2&asOf=2026-03-02")).Count);
    }

    [Fact]
    public async Task Get_35_21_HasTable3Row18AndAppendix2Item26WithStaffAndDevices()
    {
        using var client = fixture.App.CreateClient();

        var code = await Problems.ReadJsonAsync(await client.GetAsync(new Uri("/api/catalog/35.21", UriKind.Relative)));

        Assert.Equal("35.21", code.GetProperty("code").GetString());
        var row = Assert.Single(code.GetProperty("lists").EnumerateArray());
        Assert.Equal(3, row.GetProperty("table").GetInt32());
        Assert.Equal(18, row.GetProperty("row").GetInt32());
        Assert.Equal("planned", row.GetProperty("hospitalization").GetString());
        Assert.Equal(["osms"], row.GetProperty("streams").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("dsm-141-2021", row.GetProperty("act").GetString());
        var item = Assert.Single(code.GetProperty("characteristics").EnumerateArray());
        Assert.Equal(26, item.GetProperty("item").GetInt32());
        Assert.Equal("dsm-238-2020", item.GetProperty("act").GetString());
        var doctor = Assert.Single(item.GetProperty("staff").EnumerateArray());
        Assert.Equal("doctor", doctor.GetProperty("role").GetString());
        Assert.Contains("Кардиохирургия", doctor.GetProperty("specialties")[0].GetProperty("ru").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, doctor.GetProperty("experience").GetProperty("minYears").GetInt32());
        Assert.Equal(108, doctor.GetProperty("education")[0].GetProperty("minHours").GetInt32());
        var devices = item.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("name").GetProperty("ru").GetString()).ToArray();
        Assert.Contains("Аппарат искусственного кровообращения", devices);
        Assert.All(item.GetProperty("devices").EnumerateArray(), d => Assert.True(d.GetProperty("minCount").GetInt32() >= 1));
        Assert.Equal(["dsm-141-2021", "dsm-238-2020"], code.GetProperty("acts").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_AsOfBeforeListsInForce_CharacteristicsOnly()
    {
        using var client = fixture.App.CreateClient();

        var code = await Problems.ReadJsonAsync(await client.GetAsync(new Uri("/api/catalog/35.21?asOf=2021-06-01", UriKind.Relative)));

        Assert.Empty(code.GetProperty("lists").EnumerateArray());
        Assert.Equal(26, Assert.Single(code.GetProperty("characteristics").EnumerateArray()).GetProperty("item").GetInt32());
    }

    [Fact]
    public async Task Export_WholeCatalog_Schema109ListRows78Characteristics()
    {
        using var client = fixture.App.CreateClient();

        var export = await Problems.ReadJsonAsync(await client.GetAsync(new Uri("/api/catalog/export", UriKind.Relative)));

        Assert.Equal("joldama-catalog/1", export.GetProperty("schema").GetString());
        var codes = export.GetProperty("codes").EnumerateArray().ToArray();
        Assert.Equal(109, codes.Sum(c => c.GetProperty("lists").GetArrayLength()));
        Assert.Equal(78, codes.Sum(c => c.GetProperty("characteristics").GetArrayLength()));
        Assert.Equal(
            Enumerable.Range(1, 78),
            codes.SelectMany(c => c.GetProperty("characteristics").EnumerateArray()).Select(i => i.GetProperty("item").GetInt32()).Order());
        Assert.Equal(codes.Length, codes.Select(c => c.GetProperty("code").GetString()).Distinct(StringComparer.Ordinal).Count());
        Assert.NotEmpty(export.GetProperty("acts").EnumerateArray());
        Assert.NotEmpty(export.GetProperty("osmsScope").EnumerateArray());
    }

    private async Task<List<JsonElement>> SearchAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        var json = await Problems.ReadJsonAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
        return json.EnumerateArray().ToList();
    }
}
