using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Referrals;

/// <summary>
/// §42: the annual report of 2026 over HTTP after one case is discharged (clock 2026-03-02) with a complication — JSON
/// (row, totals, the due period 2027-01-01..2027-03-31), CSV and XLSX in either language; a year outside 2000..2027 refused.
/// This class has its own app, so the discharged case is the year's only one.
/// </summary>
public sealed class AnnualReportApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>, IAsyncLifetime
{
    private Guid _provider;

    public async Task InitializeAsync()
    {
        var api = new ReferralApi(fixture.App);
        var clinician = await fixture.App.SessionAsync("clinician");
        if (!await ReportHasCaseAsync())
        {
            var id = await api.DischargedCaseAsync(clinician);
            await Problems.ReadJsonAsync(await api.RecordFollowUpAsync(clinician, id, "complication", "2026-03-02", "Гематома"), HttpStatusCode.Created);
        }

        _provider = await api.ProviderAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("analyst")]
    [InlineData("secretary")]
    public async Task Json_YearWithADischargedCase_RowTotalsAndDuePeriod(string login)
    {
        var json = await Problems.ReadJsonAsync(await fixture.App.GetAsync(await fixture.App.SessionAsync(login), "/api/referrals/reports/annual?year=2026&lang=ru"));

        Assert.Equal(2026, json.GetProperty("year").GetInt32());
        Assert.Equal("2027-01-01", json.GetProperty("dueFrom").GetString());
        Assert.Equal("2027-03-31", json.GetProperty("dueTo").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("region").GetString()));
        var row = Assert.Single(json.GetProperty("rows").EnumerateArray());
        Assert.Equal(ReferralApi.Code, row.GetProperty("htmcCode").GetString());
        Assert.Equal(_provider, row.GetProperty("providerId").GetGuid());
        var totals = json.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("cases").GetInt32());
        Assert.Equal(1, totals.GetProperty("withComplications").GetInt32());
        Assert.Equal(0, totals.GetProperty("deaths").GetInt32());
        Assert.Equal(0m, totals.GetProperty("mortalityPercent").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, totals.GetProperty("survivalPercent").ValueKind); // no year is over yet
    }

    [Fact]
    public async Task Json_YearWithoutCases_EmptyRowsZeroTotals()
    {
        var json = await Problems.ReadJsonAsync(await fixture.App.GetAsync(await fixture.App.SessionAsync("analyst"), "/api/referrals/reports/annual?year=2024"));

        Assert.Equal(0, json.GetProperty("rows").GetArrayLength());
        Assert.Equal(0, json.GetProperty("totals").GetProperty("cases").GetInt32());
        Assert.Equal("2025-03-31", json.GetProperty("dueTo").GetString());
    }

    [Theory]
    [InlineData("annual", "1999")]
    [InlineData("annual", "2028")]
    [InlineData("annual", "")]
    [InlineData("annual.csv", "year")]
    [InlineData("annual.xlsx", "20261")]
    public async Task Report_YearOutOfRange_LocalizedProblem(string resource, string year)
    {
        using var response = await fixture.App.GetAsync(await fixture.App.SessionAsync("analyst"), $"/api/referrals/reports/{resource}?year={year}&lang=kk");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest, "referral.report_year_invalid");
        Assert.True(Problems.HasKazakhLetter(Problems.Detail(problem)), Problems.Detail(problem));
        Assert.Contains("2027", Problems.Detail(problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk", "Барлығы")]
    [InlineData("ru", "Итого")]
    public async Task Csv_EitherLanguage_HeaderRowAndTotals(string lang, string total)
    {
        using var response = await fixture.App.GetAsync(await fixture.App.SessionAsync("secretary"), $"/api/referrals/reports/annual.csv?year=2026&lang={lang}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // header, the one row, totals
        Assert.Equal(lang == "kk", Problems.HasKazakhLetter(lines[0]));
        Assert.StartsWith(ReferralApi.Code + ";", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(total + ";;1;1;0;0", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_ReadBack_TitleWithRegionRowAndTotals()
    {
        using var response = await fixture.App.GetAsync(await fixture.App.SessionAsync("analyst"), "/api/referrals/reports/annual.xlsx?year=2026&lang=ru");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToDictionary(r => r.RowIndex!.Value);
        string Text(uint row, int column) => rows[row].Elements<Cell>().ElementAt(column) is { } cell
            ? cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty
            : string.Empty;
        Assert.Contains("2026", Text(1, 0), StringComparison.Ordinal);
        Assert.Contains("Караганд", Text(1, 0), StringComparison.Ordinal); // the analyst's region
        Assert.Equal(5, rows.Count); // title, as of, header, the row, totals
        Assert.Equal(ReferralApi.Code, Text(4, 0));
        Assert.Equal("1", Text(4, 2));
        Assert.Equal("Итого", Text(5, 0));
        Assert.Equal("1", Text(5, 3)); // complications
    }

    private async Task<bool> ReportHasCaseAsync()
    {
        var json = await Problems.ReadJsonAsync(await fixture.App.GetAsync(await fixture.App.SessionAsync("analyst"), "/api/referrals/reports/annual?year=2026"));
        return json.GetProperty("totals").GetProperty("cases").GetInt32() > 0;
    }
}
