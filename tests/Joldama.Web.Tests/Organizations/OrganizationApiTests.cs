using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Joldama.Application.Access;
using Joldama.Application.Organizations;
using Joldama.Data;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Organizations;

/// <summary>
/// The registry of organizations through the API (issue 3): bad input gets a clear problem in Russian
/// and Kazakh and changes nothing; CSV import is all or nothing with every row's error; export shows
/// what the caller may see, spreadsheet-safe. And a production start refuses a database with demo accounts.
/// </summary>
public sealed class OrganizationApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const string Header = "bin,name_kk,name_ru,region,kind,level";

    private DemoApp App => fixture.App;

    public static TheoryData<string, string> MalformedBins()
    {
        var valid = DemoSeed.DemoBin(9001);
        var wrongCheckDigit = valid[..11] + ((valid[11] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture);
        return new TheoryData<string, string>
        {
            { wrongCheckDigit, "identifier.check_digit_mismatch" },
            { "0501400A0012", "identifier.not_digits" },
            { "BIN050140001", "identifier.not_digits" },
            { valid[..11], "identifier.wrong_length" },
            { valid + "0", "identifier.wrong_length" },
            { string.Empty, "identifier.empty" },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedBins))]
    public async Task Create_MalformedBin_400LocalizedAndNothingCreated(string bin, string code)
    {
        var admin = await App.SessionAsync("admin");
        var before = await CountAsync();

        await AssertLocalizedAsync(lang => App.PostJsonAsync(admin, $"/api/organizations?lang={lang}", Organization(bin: bin)), HttpStatusCode.BadRequest, code);

        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("narnia")]
    [InlineData("Karaganda")]
    [InlineData("karagandy")]
    [InlineData("")]
    public async Task Create_UnknownRegion_400RegionUnknownLocalizedAndNothingCreated(string region)
    {
        var admin = await App.SessionAsync("admin");
        var before = await CountAsync();

        var (ru, _) = await AssertLocalizedAsync(lang => App.PostJsonAsync(admin, $"/api/organizations?lang={lang}", Organization(region: region)), HttpStatusCode.BadRequest, "organization.region_unknown");

        Assert.Equal(region, ru.GetProperty("args").GetProperty("region").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_DuplicateBin_409LocalizedAndNothingCreated()
    {
        var admin = await App.SessionAsync("admin");
        string existing;
        await using (var db = App.Db())
        {
            existing = await db.Organizations.Where(o => o.RegionCode == DemoApp.Region).Select(o => o.Bin).FirstAsync();
        }

        var before = await CountAsync();

        var (ru, kk) = await AssertLocalizedAsync(lang => App.PostJsonAsync(admin, $"/api/organizations?lang={lang}", Organization(bin: existing)), HttpStatusCode.Conflict, "organization.duplicate");

        Assert.Contains(existing, Problems.Detail(ru), StringComparison.Ordinal);
        Assert.Contains(existing, Problems.Detail(kk), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Create_Valid_201AndReadable()
    {
        var admin = await App.SessionAsync("admin");
        var bin = Fresh.Bin();

        var created = await Problems.ReadJsonAsync(await App.PostJsonAsync(admin, "/api/organizations", Organization(bin: bin)), HttpStatusCode.Created);

        var id = created.GetProperty("id").GetGuid();
        var read = await Problems.ReadJsonAsync(await App.GetAsync(admin, $"/api/organizations/{id}"));
        Assert.Equal(bin, read.GetProperty("bin").GetString());
        Assert.Equal("kostanay", read.GetProperty("region").GetString());
    }

    public static TheoryData<string, string> MalformedCsvFiles() => new()
    {
        { "unbalanced quotes", $"{Header}\n\"{DemoSeed.DemoBin(9002)},Ұйым,Организация,astana,HtmcProvider,Republican\n{DemoSeed.DemoBin(9003)},Ұйым 2,Организация 2,astana,HtmcProvider,Republican\n" },
        { "quote inside a field", $"{Header}\n{DemoSeed.DemoBin(9004)},Ұйым \"бір,Организация,astana,HtmcProvider,Republican\n" },
        { "wrong header", $"bin;name_kk;name_ru;region;kind;level\n{DemoSeed.DemoBin(9005)};Ұйым;Организация;astana;HtmcProvider;Republican\n" },
        { "header missing a column", $"bin,name_kk,name_ru,region,kind\n{DemoSeed.DemoBin(9006)},Ұйым,Организация,astana,HtmcProvider\n" },
        { "no header", $"{DemoSeed.DemoBin(9007)},Ұйым,Организация,astana,HtmcProvider,Republican\n" },
        { "row with five columns", $"{Header}\n{DemoSeed.DemoBin(9008)},Ұйым,Организация,astana,HtmcProvider,Republican\n{DemoSeed.DemoBin(9009)},Ұйым,Организация,astana,HtmcProvider\n" },
        { "row with seven columns", $"{Header}\n{DemoSeed.DemoBin(9010)},Ұйым,Организация,astana,HtmcProvider,Republican,extra\n" },
        { "empty file", string.Empty },
    };

    [Theory]
    [MemberData(nameof(MalformedCsvFiles))]
    public async Task Import_MalformedCsv_400LocalizedAndNothingImported(string kind, string csv)
    {
        var admin = await App.SessionAsync("admin");
        var before = await CountAsync();

        var (ru, kk) = await AssertLocalizedAsync(lang => ImportAsync(admin, csv, lang), HttpStatusCode.BadRequest, "input.invalid");

        Assert.False(string.IsNullOrWhiteSpace(Problems.Detail(ru)), kind);
        Assert.NotEqual(Problems.Detail(ru), Problems.Detail(kk));
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    public async Task Import_WrongContentType_415NamingTextCsvAndNothingImported(string contentType)
    {
        var admin = await App.SessionAsync("admin");
        var before = await CountAsync();
        var csv = $"{Header}\n{Fresh.Bin()},Ұйым,Организация,astana,HtmcProvider,Republican\n";

        var (ru, kk) = await AssertLocalizedAsync(
            lang => App.SendAsync(admin, HttpMethod.Post, $"/api/organizations/import?lang={lang}", new StringContent(csv, Encoding.UTF8, contentType)),
            HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");

        // The one format this endpoint takes is text/csv: the answer must not send the user to JSON.
        Assert.Contains("text/csv", Problems.Detail(ru), StringComparison.Ordinal);
        Assert.Contains("text/csv", Problems.Detail(kk), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Import_OversizedWithContentLength_400TooLargeAndNothingImported()
    {
        var admin = await App.SessionAsync("admin");
        var before = await CountAsync();
        var bytes = Oversized();

        var (ru, kk) = await AssertLocalizedAsync(lang => ImportAsync(admin, new ByteArrayContent(bytes), lang), HttpStatusCode.BadRequest, "import.too_large");

        Assert.Equal("1000000", ru.GetProperty("args").GetProperty("max").GetString());
        Assert.Contains("1000000", Problems.Detail(kk), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Import_OversizedWithoutContentLength_400TooLargeAndNothingImported()
    {
        // Chunked: no Content-Length to check up front; the limit must hold while reading.
        var admin = await App.SessionAsync("admin");
        var before = await CountAsync();

        await Problems.AssertProblemAsync(await ImportAsync(admin, new UnknownLengthContent(Oversized()), "ru"), HttpStatusCode.BadRequest, "import.too_large");

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Import_RowsWithErrors_ProblemListsEveryRowsLineAndErrorAndNothingImported()
    {
        var admin = await App.SessionAsync("admin");
        string existing;
        await using (var db = App.Db())
        {
            existing = await db.Organizations.Select(o => o.Bin).FirstAsync();
        }

        var good = Fresh.Bin();
        var wrongCheck = Fresh.Bin() is var b ? b[..11] + ((b[11] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture) : string.Empty;
        var twice = Fresh.Bin();
        var csv = string.Join('\n',
            Header,
            $"{good},Жақсы ұйым,Хорошая организация,astana,HtmcProvider,Republican", // line 2: fine
            $"{wrongCheck},Ұйым,Организация,astana,HtmcProvider,Republican", // line 3: BIN check digit
            $"{Fresh.Bin()},Ұйым,Организация,narnia,HtmcProvider,Republican", // line 4: region
            $"{Fresh.Bin()},Ұйым,Организация,astana,Hospital,Republican", // line 5: kind
            $"{existing},Ұйым,Организация,astana,HtmcProvider,Republican", // line 6: already registered
            $"{twice},Ұйым,Организация,astana,HtmcProvider,Regional", // line 7: fine
            $"{twice},Ұйым,Организация,astana,HtmcProvider,Regional", // line 8: twice in the file
            $"{Fresh.Bin()},,Организация,astana,HtmcProvider,Regional", // line 9: no Kazakh name
            $"{Fresh.Bin()},Ұйым,Организация,astana,HtmcProvider,Local") + "\n"; // line 10: level
        var before = await CountAsync();

        var (ru, kk) = await AssertLocalizedAsync(lang => ImportAsync(admin, csv, lang), HttpStatusCode.BadRequest, "import.rejected");

        Assert.Equal("7", ru.GetProperty("args").GetProperty("count").GetString());
        var expected = new (int Line, string Code)[]
        {
            (3, "identifier.check_digit_mismatch"), (4, "organization.region_unknown"), (5, "input.invalid"), (6, "organization.duplicate"),
            (8, "organization.duplicate"), (9, "input.invalid"), (10, "input.invalid"),
        };
        foreach (var (problem, language) in new[] { (ru, "ru"), (kk, "kk") })
        {
            Assert.True(problem.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array, $"{language}: the problem does not list the rows: {problem}");
            Assert.Equal(expected, rows.EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("code").GetString()!)));
            Assert.All(rows.EnumerateArray(), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("detail").GetString()), r.ToString()));
        }

        Assert.Contains(kk.GetProperty("rows").EnumerateArray(), r => Problems.HasKazakhLetter(r.GetProperty("detail").GetString()!));
        Assert.Equal(before, await CountAsync());
        await using var after = App.Db();
        Assert.False(await after.Organizations.AnyAsync(o => o.Bin == good || o.Bin == twice));
    }

    [Fact]
    public async Task Import_GoodCsv_ImportsEveryRow()
    {
        var admin = await App.SessionAsync("admin");
        var bins = new[] { Fresh.Bin(), Fresh.Bin(), Fresh.Bin() };
        var csv = string.Join("\r\n",
            Header,
            $"{bins[0]},\"Алматы қалалық емханасы, №5\",\"Городская поликлиника № 5, Алматы\",almaty-city,PrimaryCare,Regional",
            $" {bins[1]} , Шымкент ауруханасы , Больница Шымкента ,shymkent,HtmcProvider,Regional",
            $"{bins[2]},Ұлытау басқармасы,Управление здравоохранения Улытау,ulytau,RegionalHealthDepartment,Regional") + "\r\n";
        var before = await CountAsync();

        var imported = await Problems.ReadJsonAsync(await ImportAsync(admin, csv, "ru"));

        Assert.Equal(3, imported.GetProperty("imported").GetInt32());
        Assert.Equal(before + 3, await CountAsync());
        await using var db = App.Db();
        var rows = await db.Organizations.AsNoTracking().Where(o => bins.Contains(o.Bin)).OrderBy(o => o.Bin).ToListAsync();
        Assert.Equal(bins.Order(StringComparer.Ordinal), rows.Select(o => o.Bin));
        var first = rows.Single(o => o.Bin == bins[0]);
        Assert.Equal("Городская поликлиника № 5, Алматы", first.NameRu);
        Assert.Equal("almaty-city", first.RegionCode);
        Assert.Equal("Больница Шымкента", rows.Single(o => o.Bin == bins[1]).NameRu);
    }

    [Fact]
    public async Task Export_Admin_HeaderAndEveryOrganization()
    {
        var admin = await App.SessionAsync("admin");
        await using var db = App.Db();

        using var response = await App.GetAsync(admin, "/api/organizations/export");
        var lines = await CsvLinesAsync(response);
        var all = await db.Organizations.Select(o => o.Bin).ToListAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(all.Order(StringComparer.Ordinal), lines.Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_Clinician_OnlyItsOrganization()
    {
        var clinician = await App.SessionAsync("clinician");
        await using var db = App.Db();
        var own = await db.Organizations.Where(o => o.Id == clinician.OrganizationId).Select(o => o.Bin).SingleAsync();

        var lines = await CsvLinesAsync(await App.GetAsync(clinician, "/api/organizations/export"));

        Assert.Equal(2, lines.Length);
        Assert.Equal(Header, lines[0]);
        Assert.StartsWith(own + ",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_NameStartingWithFormulaCharacter_ExportedAsText()
    {
        var admin = await App.SessionAsync("admin");
        var bin = Fresh.Bin();
        using (var created = await App.PostJsonAsync(admin, "/api/organizations", Organization(bin: bin, nameKk: "=1+2", nameRu: "=HYPERLINK(\"http://evil.example\";\"x\")")))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var lines = await CsvLinesAsync(await App.GetAsync(admin, "/api/organizations/export"));

        var line = Assert.Single(lines, l => l.StartsWith(bin, StringComparison.Ordinal));
        Assert.StartsWith($"{bin},'=1+2,\"'=HYPERLINK(", line, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", line, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionStart_DatabaseWithDemoAccounts_RefusesWithAClearMessage()
    {
        await using var demo = JoldamaAppFactory.Sqlite(environment: "Demo");
        _ = demo.Server; // seeds the demo accounts
        await using (var db = demo.CreateDbContext())
        {
            Assert.True(await db.Users.AnyAsync(u => u.IsDemo));
        }

        await using var production = JoldamaAppFactory.WithConnectionString(DatabaseProvider.Sqlite, $"Data Source={demo.SqlitePath}");
        Assert.Equal("Production", production.Environment);

        var refused = Record.Exception(() => production.Server);

        Assert.NotNull(refused);
        var messages = string.Join(" | ", Chain(refused).Select(e => e.Message));
        Assert.Contains("demo accounts", messages, StringComparison.Ordinal);
        Assert.Contains("Demo:Enabled", messages, StringComparison.Ordinal);
    }

    /// <summary>Asks in Russian and in Kazakh; both answer the same status and code with a localized title and detail.</summary>
    private static async Task<(JsonElement Ru, JsonElement Kk)> AssertLocalizedAsync(Func<string, Task<HttpResponseMessage>> send, HttpStatusCode status, string code)
    {
        using var ruResponse = await send("ru");
        using var kkResponse = await send("kk");
        var ru = await Problems.AssertProblemAsync(ruResponse, status, code);
        var kk = await Problems.AssertProblemAsync(kkResponse, status, code);
        Assert.True(Problems.HasKazakhLetter(kk.GetProperty("title").GetString()!), $"title not Kazakh: {kk}");
        Assert.True(Problems.HasKazakhLetter(Problems.Detail(kk)), $"detail not Kazakh: {kk}");
        Assert.False(Problems.HasKazakhLetter(ru.GetProperty("title").GetString()!), $"title not Russian: {ru}");
        Assert.NotEqual(ru.GetProperty("title").GetString(), kk.GetProperty("title").GetString());
        Assert.NotEqual(Problems.Detail(ru), Problems.Detail(kk));
        return (ru, kk);
    }

    private static object Organization(string? bin = null, string? region = null, string nameKk = "Қостанай аурухана", string nameRu = "Больница Костаная") => new
    {
        bin = bin ?? Fresh.Bin(),
        nameKk,
        nameRu,
        region = region ?? "kostanay",
        kind = "HtmcProvider",
        level = "Regional",
    };

    private Task<HttpResponseMessage> ImportAsync(Session session, string csv, string lang) =>
        ImportAsync(session, new StringContent(csv, new UTF8Encoding(false)), lang);

    private Task<HttpResponseMessage> ImportAsync(Session session, HttpContent content, string lang)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return App.SendAsync(session, HttpMethod.Post, $"/api/organizations/import?lang={lang}", content);
    }

    /// <summary>Just over 1,000,000 bytes of well-formed rows (BINs need not be valid: the size is refused first).</summary>
    private static byte[] Oversized()
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; csv.Length <= 1_000_100; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{DemoSeed.DemoBin(1 + (i % 9000))},Үлкен файлдағы ұйым {i},Организация из большого файла {i},astana,HtmcProvider,Regional\n");
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        Assert.True(bytes.Length > OrganizationCsv.MaxBytes);
        return bytes;
    }

    private static async Task<string[]> CsvLinesAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF')
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }

    private async Task<int> CountAsync()
    {
        await using var db = App.Db();
        return await db.Organizations.CountAsync();
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Content whose length is not known up front: sent without Content-Length.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
