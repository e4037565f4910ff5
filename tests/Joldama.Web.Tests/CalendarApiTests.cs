using System.Net;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests;

public sealed class CalendarApiTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task AddWorkingDays_FridayBeforeNauryz_SkipsTheHolidayWeek()
    {
        // Fri 20.03.2026; 21–23 March Наурыз, 24–25 March moved days off: the next working day is Thu 26.03.
        var json = await GetJsonAsync("/api/calendar/add-working-days?date=2026-03-20&days=1");

        Assert.Equal("2026-03-20", json.GetProperty("start").GetString());
        Assert.Equal(1, json.GetProperty("workingDays").GetInt32());
        Assert.Equal("2026-03-26", json.GetProperty("due").GetString());
    }

    [Fact]
    public async Task AddWorkingDays_Zero_ReturnsTheStartDate()
    {
        var json = await GetJsonAsync("/api/calendar/add-working-days?date=2026-03-21&days=0");

        Assert.Equal("2026-03-21", json.GetProperty("due").GetString());
    }

    [Fact]
    public async Task Between_AcrossNauryz_CountsWorkingDaysAfterFromUpToTo()
    {
        var json = await GetJsonAsync("/api/calendar/between?from=2026-03-20&to=2026-03-31");

        Assert.Equal(4, json.GetProperty("workingDays").GetInt32()); // 26, 27, 30, 31 March
        Assert.Equal(-4, (await GetJsonAsync("/api/calendar/between?from=2026-03-31&to=2026-03-20")).GetProperty("workingDays").GetInt32());
    }

    [Fact]
    public async Task Days_Holiday_NotWorkingWithKindNamesAndBasis()
    {
        var json = await GetJsonAsync("/api/calendar/days/2026-03-23");

        Assert.False(json.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal("Holiday", json.GetProperty("kind").GetString());
        Assert.Equal("Наурыз мейрамы", json.GetProperty("nameRu").GetString());
        Assert.Equal("Наурыз мейрамы", json.GetProperty("nameKk").GetString());
        Assert.Contains("О праздниках", json.GetProperty("basis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_OrdinaryMonday_WorkingWithoutKind()
    {
        var json = await GetJsonAsync("/api/calendar/days/2026-03-02");

        Assert.True(json.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("kind").ValueKind);
    }

    [Fact]
    public async Task Years_2026_ListsNauryz()
    {
        var json = await GetJsonAsync("/api/calendar/years/2026");

        Assert.Contains(json.EnumerateArray(), d => d.GetProperty("date").GetString() == "2026-03-23");
    }

    [Theory]
    [InlineData("/api/calendar/add-working-days?date=2028-01-04&days=1", "2028")]
    [InlineData("/api/calendar/add-working-days?date=2022-12-29&days=1", "2022")]
    [InlineData("/api/calendar/add-working-days?date=2027-12-30&days=10", "2028")] // runs past the last loaded year
    [InlineData("/api/calendar/between?from=2027-12-01&to=2028-01-10", "2028")]
    [InlineData("/api/calendar/days/2022-06-01", "2022")]
    [InlineData("/api/calendar/years/2030", "2030")]
    public async Task Calendar_YearOutside2023To2027_422YearMissing(string url, string year)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "calendar.year_missing");
        Assert.Equal(year, problem.GetProperty("args").GetProperty("year").GetString());
        Assert.Contains(year, Problems.Detail(problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("days=-1")]
    [InlineData("days=abc")]
    [InlineData("days=3651")]
    [InlineData("days=99999999999")]
    [InlineData("")]
    public async Task AddWorkingDays_BadDays_400InputInvalidNamingDays(string days)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(new Uri("/api/calendar/add-working-days?date=2026-03-02&" + days, UriKind.Relative));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "input.invalid");
        Assert.Equal("days", problem.GetProperty("args").GetProperty("field").GetString());
    }

    private async Task<System.Text.Json.JsonElement> GetJsonAsync(string url)
    {
        using var client = fixture.App.CreateClient();
        return await Problems.ReadJsonAsync(await client.GetAsync(new Uri(url, UriKind.Relative)));
    }
}
