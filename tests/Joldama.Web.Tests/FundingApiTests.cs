using System.Net;
using System.Text.Json;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Joldama.Web.Tests;

public sealed class FundingApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task Decide_EmergencyOnTable1_CoveredByGobmp()
    {
        var decision = await DecideAsync("code=35.2&form=emergency&insured=no&date=2026-03-02");

        Assert.Equal("covered", decision.GetProperty("outcome").GetString());
        Assert.Equal("gobmp", decision.GetProperty("stream").GetString());
        Assert.Equal("emergency-table-1", decision.GetProperty("rule").GetString());
        AssertBasis(decision, "dsm-141-2021");
        var row = Assert.Single(decision.GetProperty("listRows").EnumerateArray());
        Assert.Equal(1, row.GetProperty("table").GetInt32());
        Assert.Equal(5, row.GetProperty("row").GetInt32());
        AssertExplainedInBothLanguages(decision, "таблице 1", "1-кесте");
    }

    [Fact]
    public async Task Decide_PlannedOnTable3Insured_CoveredByOsms()
    {
        var decision = await DecideAsync("code=35.21&form=planned&insured=yes&date=2026-03-02");

        Assert.Equal("covered", decision.GetProperty("outcome").GetString());
        Assert.Equal("osms", decision.GetProperty("stream").GetString());
        Assert.Equal("planned-table-3", decision.GetProperty("rule").GetString());
        Assert.True(decision.GetProperty("insured").GetBoolean());
        Assert.Equal("planned", decision.GetProperty("form").GetString());
        AssertBasis(decision, "dsm-141-2021", "decree-421-2019");
        AssertExplainedInBothLanguages(decision, "таблице 3 (строка 18)", "3-кесте");
    }

    [Fact]
    public async Task Decide_PlannedOnTable3Uninsured_NotCoveredPaid()
    {
        var decision = await DecideAsync("code=35.21&form=planned&insured=no&date=2026-03-02");

        Assert.Equal("notcovered", decision.GetProperty("outcome").GetString());
        Assert.Equal("paid", decision.GetProperty("stream").GetString());
        Assert.Equal("planned-table-3", decision.GetProperty("rule").GetString());
        AssertBasis(decision, "dsm-141-2021", "dsm-238-2020");
        AssertExplainedInBothLanguages(decision, "не застрахован", "сақтандырылмаған");
    }

    [Fact]
    public async Task Decide_PlannedOnTable2Uninsured_CoveredByGobmp()
    {
        var decision = await DecideAsync("code=92.201&form=planned&insured=no&date=2026-03-02");

        Assert.Equal("covered", decision.GetProperty("outcome").GetString());
        Assert.Equal("gobmp", decision.GetProperty("stream").GetString());
        Assert.Equal("planned-table-2", decision.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Decide_NoDate_TodayInKazakhstanFromTheClock()
    {
        var decision = await DecideAsync("code=35.21&form=planned&insured=yes");

        Assert.Equal("2026-03-02", decision.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Decide_NoDateLateEveningUtc_AlreadyTomorrowInKazakhstan()
    {
        // 19:30 UTC on 1 March is 00:30 on 2 March in Kazakhstan (UTC+5).
        await using var app = JoldamaAppFactory.Sqlite(new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 19, 30, 0, TimeSpan.Zero)));
        using var client = app.CreateClient();

        var decision = await Problems.ReadJsonAsync(await client.GetAsync(new Uri("/api/funding?code=35.21&form=planned&insured=yes", UriKind.Relative)));

        Assert.Equal("2026-03-02", decision.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Decide_DateBeforeAnyListInForce_422NoListInForce()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri("/api/funding?code=35.21&form=planned&insured=yes&date=2021-06-01", UriKind.Relative));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "funding.no_list_in_force");
        Assert.Contains("2021-06-01", Problems.Detail(problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code=35.21&form=sometimes&insured=yes", "form")]
    [InlineData("code=35.21&form=planned&insured=maybe", "insured")]
    [InlineData("code=35.21&form=planned&insured=yes&date=02.03.2026", "date")]
    public async Task Decide_BadField_400InputInvalidNamingTheField(string query, string field)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri("/api/funding?" + query, UriKind.Relative));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "input.invalid");
        Assert.Equal(field, problem.GetProperty("args").GetProperty("field").GetString());
        Assert.Contains(field, Problems.Detail(problem), StringComparison.Ordinal);
    }

    private static void AssertBasis(JsonElement decision, params string[] acts)
    {
        var basis = decision.GetProperty("basis").EnumerateArray().ToArray();
        Assert.Equal(acts.Order(StringComparer.Ordinal), basis.Select(b => b.GetProperty("act").GetString()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(basis, b =>
        {
            Assert.False(string.IsNullOrWhiteSpace(b.GetProperty("actNumber").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(b.GetProperty("place").GetProperty("ru").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(b.GetProperty("place").GetProperty("kk").GetString()));
        });
    }

    private static void AssertExplainedInBothLanguages(JsonElement decision, string ruFragment, string kkFragment)
    {
        var ru = decision.GetProperty("explanation").GetProperty("ru").GetString()!;
        var kk = decision.GetProperty("explanation").GetProperty("kk").GetString()!;
        Assert.Contains(ruFragment, ru, StringComparison.Ordinal);
        Assert.Contains(kkFragment, kk, StringComparison.Ordinal);
        Assert.True(Problems.HasKazakhLetter(kk), kk);
        Assert.NotEqual(ru, kk);
    }

    private async Task<JsonElement> DecideAsync(string query)
    {
        using var client = fixture.App.CreateClient();
        return await Problems.ReadJsonAsync(await client.GetAsync(new Uri("/api/funding?" + query, UriKind.Relative)));
    }
}

/// <summary>
/// The not-HTMC outcome. The shipped data cannot produce it (every code in the catalog stands on a list
/// of ҚР ДСМ-141, the only list act), so this app runs on a copy of the data where 35.21 has lost its
/// list row and keeps only its characteristics (Appendix 2, item 26).
/// </summary>
public sealed class FundingNotHtmcApiTests : IAsyncLifetime
{
    private JoldamaAppFactory _app = null!;
    private string _folder = string.Empty;

    public Task InitializeAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "joldama-web-tests", Guid.NewGuid().ToString("N"));
        _app = JoldamaAppFactory.Sqlite(lawDataDirectory: LawDataCopy.WithoutListRowsOf(folder, "35.21"));
        _folder = folder;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Decide_CodeOnNoListInForce_NotHtmcWithExplanation()
    {
        using var client = _app.CreateClient();

        var decision = await Problems.ReadJsonAsync(await client.GetAsync(new Uri("/api/funding?code=35.21&form=planned&insured=yes&date=2026-03-02", UriKind.Relative)));

        Assert.Equal("nothtmc", decision.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("stream").ValueKind);
        Assert.Equal("not-on-a-list", decision.GetProperty("rule").GetString());
        Assert.Empty(decision.GetProperty("listRows").EnumerateArray());
        Assert.Contains("это не ВТМП", decision.GetProperty("explanation").GetProperty("ru").GetString(), StringComparison.Ordinal);
        Assert.Contains("ЖТМК емес", decision.GetProperty("explanation").GetProperty("kk").GetString(), StringComparison.Ordinal);
    }
}
