using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Joldama.Application.Conformity.Resources;
using Joldama.Data;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Conformity;

/// <summary>
/// A provider's specialists and devices as CSV (issue 4 item 1, docs/provider-resources-csv.md): rows with one IIN are one
/// person; a file is imported whole or not at all, with every bad row's line, column and code; the whole-file problems
/// (delimiter, encoding, size) are refused up front; exports are in the import format, spreadsheet-safe, within reach.
/// </summary>
public sealed class ResourceCsvApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private const string SpecialistHeader =
        "full_name;iin;specialty;certificate_number;certificate_valid_from;certificate_valid_to;experience_years;experience_scope;experience_where;"
        + "education_hours;education_topic;education_completed_on;radiation_permit_valid_to";

    private const string DeviceHeader = "type;model;serial_number;count;out_of_order_since";
    private const string Arrhythmology = "Кардиология (интервенционная аритмология) (взрослая)";
    private const string Angiography = "Ангиографическая установка с гемодинамической системой";
    private const string Anesthesia = "Наркозно-дыхательный аппарат";
    private const string AnesthesiaKk = "Наркоздық-тыныс алу аппараты";

    private DemoApp App => fixture.App;

    [Fact]
    public async Task ImportSpecialists_GoodFile_ImportsEachPersonOnceWithTheCertificatesAndCoursesOfAllTheirRows()
    {
        var admin = await App.SessionAsync("provider-admin");
        var (a, b, c) = (Fresh.Iin(), Fresh.Iin(), Fresh.Iin());
        var csv = Lines(
            SpecialistHeader,
            $"Абаев Нұржан Серікұлы;{a};{Arrhythmology};CERT-A1;2024-02-01;2029-01-31;9;specialty;;108;Вопросы аритмологии;2025-05-20;2030-03-31",
            $";{a};Кардиология (интервенционная кардиология) (взрослая);CERT-A2;15.03.2023;14.03.2028;;;;54;Интервенционная кардиология;12.11.2024;",
            $"Бекова Айгүл Маратқызы;{b};Кардиохирургия (взрослая, детская);CERT-B1;2022-09-01;2027-08-31;11;specialty;;120;Вопросы аритмологии;2024-10-04;",
            $"  бекова   айгүл маратқызы ;{b[..4]} {b[4..]};;;;;4,5;department;Отделение аритмологии;;;;",
            $"Ганиев Марат;{c};{Arrhythmology};CERT-C1;2025-01-10;2030-01-09;5.5;specialty;;;;;",
            ";;;;;;;;;;;;");

        var imported = await Problems.ReadJsonAsync(await ImportAsync(admin, "specialists", csv));

        Assert.Equal(3, imported.GetProperty("imported").GetInt32());
        Assert.Equal(5, imported.GetProperty("rows").GetInt32());
        var staff = await StaffAsync(admin);
        var first = staff[a];
        Assert.Equal("Абаев Нұржан Серікұлы", first.GetProperty("fullName").GetString());
        Assert.Equal(["CERT-A1", "CERT-A2"], first.GetProperty("certificates").EnumerateArray().Select(x => x.GetProperty("number").GetString()));
        Assert.Equal("2023-03-15", first.GetProperty("certificates")[1].GetProperty("validFrom").GetString());
        Assert.Equal([108, 54], first.GetProperty("education").EnumerateArray().Select(x => x.GetProperty("hours").GetInt32()));
        Assert.Equal("2024-11-12", first.GetProperty("education")[1].GetProperty("completedOn").GetString());
        var permit = Assert.Single(first.GetProperty("conditions").EnumerateArray());
        Assert.Equal("RadiationPermit", permit.GetProperty("kind").GetString());
        Assert.Equal("2030-03-31", permit.GetProperty("validTo").GetString());
        var second = staff[b];
        Assert.Equal("Бекова Айгүл Маратқызы", second.GetProperty("fullName").GetString());
        Assert.Single(second.GetProperty("certificates").EnumerateArray());
        Assert.Equal([11m, 4.5m], second.GetProperty("experience").EnumerateArray().Select(x => x.GetProperty("years").GetDecimal()));
        Assert.Equal("Department", second.GetProperty("experience")[1].GetProperty("scope").GetString());
        Assert.Equal("Отделение аритмологии", second.GetProperty("experience")[1].GetProperty("where").GetString());
        Assert.Empty(second.GetProperty("conditions").EnumerateArray());
        Assert.Equal(5.5m, staff[c].GetProperty("experience")[0].GetProperty("years").GetDecimal());

        // One audit record per created specialist, as when the form adds one.
        await using var db = App.Db();
        var ids = staff.Where(s => s.Key == a || s.Key == b || s.Key == c).Select(s => s.Value.GetProperty("id").GetGuid().ToString()).ToList();
        var audited = await db.AuditRecords.Where(r => r.Action == "specialist.create" && ids.Contains(r.EntityId)).Select(r => r.EntityId).ToListAsync();
        Assert.Equal(ids.Order(StringComparer.Ordinal), audited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportSpecialists_ErrorsOnLines2And4_ReportsBothWithColumnAndCodeInRuAndKkAndImportsNothing()
    {
        var admin = await App.SessionAsync("provider-admin");
        var good = Fresh.Iin();
        var bad = Fresh.Iin() is var i ? i[..11] + ((i[11] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture) : string.Empty;
        var csv = Lines(
            SpecialistHeader,
            $"Первый Ошибочный;{Fresh.Iin()};{Arrhythmology};CERT-1;2024-02-01;31.02.2029;3;specialty;;;;;", // line 2: no 31 February
            $"Хороший Специалист;{good};{Arrhythmology};CERT-2;2024-02-01;2029-01-31;3;specialty;;;;;", // line 3: fine
            $"Второй Ошибочный;{bad};{Arrhythmology};CERT-3;2024-02-01;2029-01-31;3;specialty;;;;;"); // line 4: IIN check digit
        var before = await CountAsync();

        var (ru, kk) = await AssertLocalizedAsync(lang => ImportAsync(admin, "specialists", csv, lang), HttpStatusCode.BadRequest, "import.rejected");

        Assert.Equal("2", ru.GetProperty("args").GetProperty("count").GetString());
        foreach (var problem in new[] { ru, kk })
        {
            var rows = problem.GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(
                [(2, "certificate_valid_to", "input.invalid"), (4, "iin", "identifier.check_digit_mismatch")],
                rows.Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("field").GetString(), r.GetProperty("code").GetString())));
            Assert.Equal("31.02.2029", rows[0].GetProperty("args").GetProperty("value").GetString());
            Assert.Equal("certificate_valid_to", rows[0].GetProperty("args").GetProperty("field").GetString());
            Assert.Contains("certificate_valid_to", rows[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("detail").GetString())));
        }

        Assert.Contains(kk.GetProperty("rows").EnumerateArray(), r => Problems.HasKazakhLetter(r.GetProperty("detail").GetString()!));
        Assert.Equal(before, await CountAsync());
        Assert.DoesNotContain(good, (await StaffAsync(admin)).Keys);
    }

    public static TheoryData<string, string, string, string> BadSpecialistRows() => new()
    {
        { "no name on the person's first row", ";{iin};;;;;3;specialty;;;;;", "full_name", "input.invalid" },
        { "a certificate without its dates", $"Иванов Иван;{{iin}};{Arrhythmology};CERT-9;;;;;;;;;", "certificate_valid_from", "input.invalid" },
        { "a certificate ending before it starts", $"Иванов Иван;{{iin}};{Arrhythmology};CERT-9;2025-01-01;2024-01-01;;;;;;;", "certificate_valid_to", "input.invalid" },
        { "a date in neither format", $"Иванов Иван;{{iin}};{Arrhythmology};CERT-9;2025/01/01;2030-01-01;;;;;;;", "certificate_valid_from", "input.invalid" },
        { "years that are not a number", "Иванов Иван;{iin};;;;;много;specialty;;;;;", "experience_years", "input.invalid" },
        { "years out of range", "Иванов Иван;{iin};;;;;71;specialty;;;;;", "experience_years", "input.invalid" },
        { "an unknown experience scope", "Иванов Иван;{iin};;;;;3;стаж;;;;;", "experience_scope", "input.invalid" },
        { "hours that are not whole", "Иванов Иван;{iin};;;;;;;;10,5;Аритмология;2025-01-01;", "education_hours", "input.invalid" },
        { "a course without its topic", "Иванов Иван;{iin};;;;;;;;36;;2025-01-01;", "education_topic", "input.invalid" },
        { "a permit date that is not a date", "Иванов Иван;{iin};;;;;;;;;;;бессрочно", "radiation_permit_valid_to", "input.invalid" },
        { "an IIN of eleven digits", "Иванов Иван;{iin11};;;;;3;specialty;;;;;", "iin", "identifier.wrong_length" },
    };

    [Theory]
    [MemberData(nameof(BadSpecialistRows))]
    public async Task ImportSpecialists_BadRow_ThatRowsColumnAndCodeAndNothingImported(string kind, string row, string field, string code)
    {
        var admin = await App.SessionAsync("provider-admin");
        var iin = Fresh.Iin();
        var good = Fresh.Iin();
        var csv = Lines(SpecialistHeader, $"Годный Специалист;{good};;;;;3;specialty;;;;;", row.Replace("{iin11}", iin[..11], StringComparison.Ordinal).Replace("{iin}", iin, StringComparison.Ordinal));

        var problem = await Problems.AssertProblemAsync(await ImportAsync(admin, "specialists", csv), HttpStatusCode.BadRequest, "import.rejected");

        var only = Assert.Single(problem.GetProperty("rows").EnumerateArray());
        Assert.True(only.GetProperty("line").GetInt32() == 3, kind);
        Assert.True(field == only.GetProperty("field").GetString(), $"{kind}: {only}");
        Assert.True(code == only.GetProperty("code").GetString(), $"{kind}: {only}");
        Assert.DoesNotContain(good, (await StaffAsync(admin)).Keys);
    }

    [Fact]
    public async Task ImportSpecialists_SameIinWithAnotherName_ErrorOnTheLaterRow()
    {
        var admin = await App.SessionAsync("provider-admin");
        var iin = Fresh.Iin();
        var csv = Lines(SpecialistHeader, $"Иванов Иван;{iin};;;;;3;specialty;;;;;", $"Петров Пётр;{iin};;;;;2;overall;;;;;");

        var problem = await Problems.AssertProblemAsync(await ImportAsync(admin, "specialists", csv), HttpStatusCode.BadRequest, "import.rejected");

        var only = Assert.Single(problem.GetProperty("rows").EnumerateArray());
        Assert.Equal((3, "full_name"), (only.GetProperty("line").GetInt32(), only.GetProperty("field").GetString()));
        Assert.Contains("line 2", only.GetProperty("args").GetProperty("expected").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportSpecialists_IinAlreadyOnStaff_DuplicateOnThatPersonsFirstRowAndNothingImported()
    {
        var admin = await App.SessionAsync("provider-admin");
        string onStaff;
        await using (var db = App.Db())
        {
            onStaff = await db.Specialists.Where(s => s.OrganizationId == admin.OrganizationId && s.LeftOn == null).Select(s => s.Iin).FirstAsync();
        }

        var fresh = Fresh.Iin();
        var csv = Lines(SpecialistHeader, $"Новый Человек;{fresh};;;;;3;specialty;;;;;", $"Уже В Штате;{onStaff};;;;;3;specialty;;;;;", $";{onStaff};;;;;1;overall;;;;;");

        var (ru, _) = await AssertLocalizedAsync(lang => ImportAsync(admin, "specialists", csv, lang), HttpStatusCode.BadRequest, "import.rejected");

        var only = Assert.Single(ru.GetProperty("rows").EnumerateArray());
        Assert.Equal((3, "iin", "conformity.specialist_duplicate"), (only.GetProperty("line").GetInt32(), only.GetProperty("field").GetString(), only.GetProperty("code").GetString()));
        Assert.DoesNotContain(fresh, (await StaffAsync(admin)).Keys);
    }

    [Fact]
    public async Task ImportSpecialists_CommaDelimitedWithBomAndDottedDates_Imported()
    {
        var admin = await App.SessionAsync("provider-admin");
        var iin = Fresh.Iin();
        var csv = Lines(
            SpecialistHeader.Replace(';', ','),
            $"\"Смагулов Ерлан, мл.\",{iin},\"{Arrhythmology}\",CERT-Z,01.02.2024,31.01.2029,\"7,5\",specialty,,108,Вопросы аритмологии,20.05.2025,1.4.2030");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var imported = await Problems.ReadJsonAsync(await ImportAsync(admin, "specialists", new ByteArrayContent(bytes)));

        Assert.Equal(1, imported.GetProperty("imported").GetInt32());
        var person = (await StaffAsync(admin))[iin];
        Assert.Equal("Смагулов Ерлан, мл.", person.GetProperty("fullName").GetString());
        Assert.Equal("2029-01-31", person.GetProperty("certificates")[0].GetProperty("validTo").GetString());
        Assert.Equal(7.5m, person.GetProperty("experience")[0].GetProperty("years").GetDecimal());
        Assert.Equal("2030-04-01", person.GetProperty("conditions")[0].GetProperty("validTo").GetString());
    }

    public static TheoryData<string, byte[], string> UnreadableFiles() => new()
    {
        { "tab-delimited", Encoding.UTF8.GetBytes(SpecialistHeader.Replace(';', '\t') + "\nИванов\t900101300017\t\t\t\t\t3\tspecialty\t\t\t\t\t\n"), "header" },
        { "pipe-delimited", Encoding.UTF8.GetBytes(SpecialistHeader.Replace(';', '|') + "\n"), "header" },
        { "the device header", Encoding.UTF8.GetBytes(DeviceHeader + "\n"), "header" },
        { "empty", [], "header" },
        { "Windows-1251", [.. Encoding.ASCII.GetBytes(SpecialistHeader + "\n"), 0xC8, 0xE2, 0xE0, 0xED, 0xEE, 0xE2, .. Encoding.ASCII.GetBytes(";900101300017;;;;;3;specialty;;;;;\n")], "encoding" },
        { "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SpecialistHeader + "\n")).ToArray(), "encoding" },
        { "a row with a missing column", Encoding.UTF8.GetBytes(SpecialistHeader + "\nИванов;900101300017;;;;;3;specialty;;;;\n"), "csv" },
        { "a row of another delimiter", Encoding.UTF8.GetBytes(SpecialistHeader + "\nИванов,900101300017,,,,,3,specialty,,,,,\n"), "csv" },
        { "unbalanced quotes", Encoding.UTF8.GetBytes(SpecialistHeader + "\n\"Иванов;900101300017;;;;;3;specialty;;;;;\n"), "csv" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task ImportSpecialists_UnreadableFile_400InputInvalidNamingTheProblemAndNothingImported(string kind, byte[] bytes, string field)
    {
        var admin = await App.SessionAsync("provider-admin");
        var before = await CountAsync();

        var (ru, _) = await AssertLocalizedAsync(lang => ImportAsync(admin, "specialists", new ByteArrayContent(bytes), lang), HttpStatusCode.BadRequest, "input.invalid");

        Assert.True(field == ru.GetProperty("args").GetProperty("field").GetString(), $"{kind}: {ru}");
        Assert.False(ru.TryGetProperty("rows", out _), kind);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Import_Oversized_400TooLargeAndNothingImported(bool withContentLength)
    {
        var admin = await App.SessionAsync("provider-admin");
        var csv = new StringBuilder(DeviceHeader).Append('\n');
        for (var n = 0; csv.Length <= 1_000_100; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Angiography};Модель;SN-{n};1;\n");
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        Assert.True(bytes.Length > ResourceCsv.MaxBytes);
        var devices = await DeviceCountAsync();

        var problem = await Problems.AssertProblemAsync(
            await ImportAsync(admin, "devices", withContentLength ? new ByteArrayContent(bytes) : new UnknownLengthContent(bytes)), HttpStatusCode.BadRequest, "import.too_large");

        Assert.Equal("1000000", problem.GetProperty("args").GetProperty("max").GetString());
        Assert.Equal(devices, await DeviceCountAsync());
    }

    [Fact]
    public async Task ImportDevices_GoodFile_KazakhNameStoredAsAppendix2sRussianNameAndEmptyCountIsOne()
    {
        var admin = await App.SessionAsync("provider-admin");
        var n = Fresh.Number();
        var csv = Lines(
            DeviceHeader,
            $"{AnesthesiaKk};Fabius plus;FP-{n};;",
            $"  ангиографическая   установка с гемодинамической системой ;Azurion 7;AZ-{n};2;01.02.2026",
            $"{Anesthesia};Perseus A500;;3;");

        var imported = await Problems.ReadJsonAsync(await ImportAsync(admin, "devices", csv));

        Assert.Equal(3, imported.GetProperty("imported").GetInt32());
        var devices = (await Problems.ReadJsonAsync(await App.GetAsync(admin, $"/api/conformity/organizations/{admin.OrganizationId}/devices"))).EnumerateArray().ToList();
        var kazakh = Assert.Single(devices, d => d.GetProperty("serialNumber").GetString() == $"FP-{n}");
        Assert.Equal(Anesthesia, kazakh.GetProperty("typeName").GetString());
        Assert.Equal(1, kazakh.GetProperty("count").GetInt32());
        var spaced = Assert.Single(devices, d => d.GetProperty("serialNumber").GetString() == $"AZ-{n}");
        Assert.Equal(Angiography, spaced.GetProperty("typeName").GetString());
        Assert.Equal((2, "2026-02-01"), (spaced.GetProperty("count").GetInt32(), spaced.GetProperty("outOfOrderSince").GetString()));
    }

    [Fact]
    public async Task ImportDevices_UnknownTypeBadCountAndDuplicates_EveryRowReportedAndNothingImported()
    {
        var admin = await App.SessionAsync("provider-admin");
        var n = Fresh.Number();
        var csv = Lines(
            DeviceHeader,
            $"{Angiography};Artis;NEW-{n};1;", // line 2: fine
            $"Ангиографическая установка;Artis;X-{n};1;", // line 3: not a name of Appendix 2
            $"{Angiography};Artis zee;AZ-30117;1;", // line 4: the demo provider's own angiograph
            $"{Angiography.ToUpperInvariant()};Artis;NEW-{n};1;", // line 5: the same device as line 2
            $"{Angiography};Artis;Y-{n};0;", // line 6: no device
            $"{Angiography};Artis;Z-{n};два;", // line 7: not a number
            $"{Angiography};Artis;W-{n};1;2026-13-01"); // line 8: no 13th month
        var devices = await DeviceCountAsync();

        var (ru, kk) = await AssertLocalizedAsync(lang => ImportAsync(admin, "devices", csv, lang), HttpStatusCode.BadRequest, "import.rejected");

        Assert.Equal(
            [(3, "type", "conformity.device_type_unknown"), (4, "serial_number", "conformity.device_duplicate"), (5, "serial_number", "conformity.device_duplicate"),
                (6, "count", "input.invalid"), (7, "count", "input.invalid"), (8, "out_of_order_since", "input.invalid")],
            ru.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("field").GetString(), r.GetProperty("code").GetString())));
        Assert.Equal("Ангиографическая установка", ru.GetProperty("rows")[0].GetProperty("args").GetProperty("type").GetString());
        Assert.Contains("AZ-30117", kk.GetProperty("rows")[1].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(Problems.HasKazakhLetter(kk.GetProperty("rows")[1].GetProperty("detail").GetString()!));
        Assert.Equal(devices, await DeviceCountAsync());
    }

    [Fact]
    public async Task ImportAndExport_ExamplesOfTheDocs_ImportCleanlyForTheDemoProviderAndComeBackInTheExport()
    {
        var admin = await App.SessionAsync("provider-admin");
        var specialists = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "docs", "examples", "specialists.csv"));
        var devices = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "docs", "examples", "devices.csv"));

        var people = await Problems.ReadJsonAsync(await ImportAsync(admin, "specialists", new ByteArrayContent(specialists)));
        var equipment = await Problems.ReadJsonAsync(await ImportAsync(admin, "devices", new ByteArrayContent(devices)));

        Assert.Equal((3, 5), (people.GetProperty("imported").GetInt32(), people.GetProperty("rows").GetInt32()));
        Assert.Equal(4, equipment.GetProperty("imported").GetInt32());
        var staff = await StaffAsync(admin);
        Assert.Equal(2, staff["780412300120"].GetProperty("certificates").GetArrayLength());
        Assert.Equal(2, staff["851109400335"].GetProperty("experience").GetArrayLength());

        var exported = await CsvLinesAsync(await App.GetAsync(admin, "/api/conformity/specialists/export"));
        Assert.Equal(SpecialistHeader, exported[0]);
        Assert.Contains($"Жумабаев Данияр Асқарұлы;780412300120;Кардиология (интервенционная кардиология) (взрослая);KZ-CERT-2212;2023-03-15;2028-03-14;;;;54;Интервенционная кардиология;2024-11-12;", exported);
        Assert.Contains($"Петров Андрей Сергеевич;900303300471;Кардиология (интервенционная кардиология) (взрослая);KZ-CERT-4410;2025-01-10;2030-01-09;5,5;specialty;;108;Вопросы аритмологии;2025-09-15;2030-06-30", exported);
        var exportedDevices = await CsvLinesAsync(await App.GetAsync(admin, "/api/conformity/devices/export"));
        Assert.Equal(DeviceHeader, exportedDevices[0]);
        Assert.Contains("Аппарат искусственной вентиляции легких;Hamilton C6;HC6-7781;1;2026-02-10", exportedDevices);
        Assert.Contains($"{Anesthesia};Fabius plus;FP-30415;1;", exportedDevices);
    }

    [Fact]
    public async Task Export_IntoAnotherProvidersImport_RoundTrips()
    {
        var admin = await App.SessionAsync("provider-admin");
        var other = await App.SessionAsync("provider-admin-2");
        var exported = await ExportAsync(admin, "specialists");
        var own = await StaffAsync(admin);

        var imported = await Problems.ReadJsonAsync(await ImportAsync(other, "specialists", new ByteArrayContent(exported)));

        Assert.Equal(own.Count, imported.GetProperty("imported").GetInt32());
        var copied = await StaffAsync(other);
        foreach (var (iin, person) in own)
        {
            var copy = copied[iin];
            foreach (var list in new[] { "certificates", "experience", "education" })
            {
                Assert.Equal(person.GetProperty(list).ToString(), copy.GetProperty(list).ToString());
            }

            Assert.Equal(
                person.GetProperty("conditions").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "RadiationPermit").Select(c => c.GetProperty("validTo").GetString()),
                copy.GetProperty("conditions").EnumerateArray().Select(c => c.GetProperty("validTo").GetString()));
        }

        var devices = await Problems.ReadJsonAsync(await ImportAsync(other, "devices", new ByteArrayContent(await ExportAsync(admin, "devices"))));
        Assert.True(devices.GetProperty("imported").GetInt32() >= 2);
    }

    [Fact]
    public async Task ExportDevices_ModelStartingWithFormulaCharacter_ExportedAsText()
    {
        var admin = await App.SessionAsync("provider-admin");
        var n = Fresh.Number();
        var csv = Lines(DeviceHeader, $"{Angiography};\"=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\";F-{n};1;", $"{Angiography};@SUM(1+2);G-{n};1;");
        await Problems.ReadJsonAsync(await ImportAsync(admin, "devices", csv));

        var lines = await CsvLinesAsync(await App.GetAsync(admin, "/api/conformity/devices/export"));

        Assert.Contains(lines, l => l.StartsWith($"{Angiography};\"'=HYPERLINK(", StringComparison.Ordinal) && l.Contains($"F-{n}", StringComparison.Ordinal));
        Assert.Contains($"{Angiography};'@SUM(1+2);G-{n};1;", lines);
        Assert.DoesNotContain(lines, l => l.Contains(";=", StringComparison.Ordinal) || l.Contains(";\"=", StringComparison.Ordinal) || l.Contains(";@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_Inspector_ProviderOfItsRegionYesOtherRegion404OwnOrganizationEmpty()
    {
        var inspector = await App.SessionAsync("inspector");
        var provider = (await App.SessionAsync("provider-admin")).OrganizationId;
        var foreign = (await App.SessionAsync("provider-admin-2")).OrganizationId;

        var region = await CsvLinesAsync(await App.GetAsync(inspector, $"/api/conformity/specialists/export?organizationId={provider}"));
        using var other = await App.GetAsync(inspector, $"/api/conformity/devices/export?organizationId={foreign}");
        var own = await CsvLinesAsync(await App.GetAsync(inspector, "/api/conformity/devices/export"));

        Assert.Equal(SpecialistHeader, region[0]);
        Assert.Contains(region, l => l.StartsWith("Ахметов Ерлан Серікұлы;", StringComparison.Ordinal));
        await Problems.AssertProblemAsync(other, HttpStatusCode.NotFound, "organization.not_found");
        Assert.Equal([DeviceHeader], own);
        await using var db = App.Db();
        Assert.True(await db.AuditRecords.AnyAsync(r => r.Action == "specialist.export" && r.EntityId == provider.ToString() && r.ActorLogin == "inspector"));
    }

    [Theory]
    [InlineData("inspector", "POST", "/api/conformity/specialists/import")]
    [InlineData("territorial-head", "POST", "/api/conformity/devices/import")]
    [InlineData("admin", "POST", "/api/conformity/specialists/import")]
    [InlineData("clinician", "GET", "/api/conformity/specialists/export")]
    [InlineData("fund", "GET", "/api/conformity/devices/export")]
    public async Task Endpoints_RoleWithoutThePermission_403AndNothingImported(string login, string method, string url)
    {
        var session = await App.SessionAsync(login);
        var before = await CountAsync();
        var csv = Lines(SpecialistHeader, $"Без Права;{Fresh.Iin()};;;;;3;specialty;;;;;");

        using var response = method == "GET" ? await App.GetAsync(session, url) : await ImportAsync(session, url.Split('/')[3], csv);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden, "access.denied");
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Endpoints_Anonymous_401()
    {
        using var import = await App.SendAsync(null, HttpMethod.Post, "/api/conformity/devices/import", new StringContent(DeviceHeader + "\n", Encoding.UTF8, "text/csv"));
        using var export = await App.GetAsync(null, "/api/conformity/specialists/export");

        Assert.Equal(HttpStatusCode.Unauthorized, import.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
    }

    [Fact]
    public async Task Import_JsonInsteadOfCsv_415NamingTextCsv()
    {
        var admin = await App.SessionAsync("provider-admin");

        var problem = await Problems.AssertProblemAsync(
            await App.SendAsync(admin, HttpMethod.Post, "/api/conformity/specialists/import", new StringContent("{}", Encoding.UTF8, "application/json")),
            HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");

        Assert.Contains("text/csv", Problems.Detail(problem), StringComparison.Ordinal);
    }

    /// <summary>The same import on both engines: grouped by IIN, one audit record each; a file with a bad row changes nothing.</summary>
    [Theory]
    [ProviderData(DatabaseProvider.Sqlite)]
    [ProviderData(DatabaseProvider.Postgres)]
    public async Task ImportSpecialistsAndDevices_OnEachEngine_AllOrNothing(DatabaseProvider provider)
    {
        await using var app = await DemoApp.StartAsync(provider);
        var admin = await app.SessionAsync("provider-admin");
        var (a, b) = (Fresh.Iin(), Fresh.Iin());
        var good = Lines(
            SpecialistHeader,
            $"Абаев Нұржан;{a};{Arrhythmology};CERT-A1;2024-02-01;2029-01-31;9;specialty;;108;Вопросы аритмологии;2025-05-20;2030-03-31",
            $";{a};Кардиохирургия (взрослая, детская);CERT-A2;2023-03-15;2028-03-14;;;;;;;",
            $"Бекова Айгүл;{b};{Arrhythmology};CERT-B1;2022-09-01;2027-08-31;11;specialty;;;;;");
        var bad = Lines(SpecialistHeader, $"Годный;{Fresh.Iin()};;;;;3;specialty;;;;;", $"Негодный;{a};;;;;3;specialty;;;;;");

        var imported = await Problems.ReadJsonAsync(await ImportAsync(app, admin, "specialists", good, "ru"));
        var refused = await Problems.AssertProblemAsync(await ImportAsync(app, admin, "specialists", bad, "ru"), HttpStatusCode.BadRequest, "import.rejected");
        var devices = await Problems.ReadJsonAsync(await ImportAsync(app, admin, "devices", Lines(DeviceHeader, $"{AnesthesiaKk};Fabius;PG-1;1;", $"{Angiography};Azurion;PG-2;1;"), "ru"));
        var duplicate = await Problems.AssertProblemAsync(
            await ImportAsync(app, admin, "devices", Lines(DeviceHeader, $"{Angiography};Azurion;PG-3;1;", $"{Angiography};Azurion;PG-2;1;"), "ru"), HttpStatusCode.BadRequest, "import.rejected");

        Assert.Equal(2, imported.GetProperty("imported").GetInt32());
        Assert.Equal((3, "iin", "conformity.specialist_duplicate"),
            refused.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("field").GetString(), r.GetProperty("code").GetString())).Single());
        Assert.Equal(2, devices.GetProperty("imported").GetInt32());
        Assert.Equal(3, duplicate.GetProperty("rows")[0].GetProperty("line").GetInt32());
        await using var db = app.Db();
        var staff = await db.Specialists.AsNoTracking().Where(s => s.OrganizationId == admin.OrganizationId).ToListAsync();
        Assert.Equal(5, staff.Count); // the demo's three and the file's two
        Assert.Equal(["CERT-A1", "CERT-A2"], staff.Single(s => s.Iin == a).Certificates.Select(c => c.Number));
        Assert.Equal(4, await db.Devices.CountAsync(d => d.OrganizationId == admin.OrganizationId));
        Assert.Equal(2, await db.AuditRecords.CountAsync(r => r.Action == "specialist.create"));
        Assert.Equal(2, await db.AuditRecords.CountAsync(r => r.Action == "device.create"));
    }

    private static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    private Task<HttpResponseMessage> ImportAsync(Session session, string kind, string csv, string lang = "ru") =>
        ImportAsync(App, session, kind, csv, lang);

    private static Task<HttpResponseMessage> ImportAsync(DemoApp app, Session session, string kind, string csv, string lang) =>
        ImportAsync(app, session, kind, new StringContent(csv, new UTF8Encoding(false)), lang);

    private Task<HttpResponseMessage> ImportAsync(Session session, string kind, HttpContent content, string lang = "ru") =>
        ImportAsync(App, session, kind, content, lang);

    private static Task<HttpResponseMessage> ImportAsync(DemoApp app, Session session, string kind, HttpContent content, string lang)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return app.SendAsync(session, HttpMethod.Post, $"/api/conformity/{kind}/import?lang={lang}", content);
    }

    private async Task<byte[]> ExportAsync(Session session, string kind)
    {
        using var response = await App.GetAsync(session, $"/api/conformity/{kind}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The organization's specialists through the API, by IIN.</summary>
    private async Task<Dictionary<string, JsonElement>> StaffAsync(Session session) =>
        (await Problems.ReadJsonAsync(await App.GetAsync(session, $"/api/conformity/organizations/{session.OrganizationId}/specialists")))
            .EnumerateArray().ToDictionary(s => s.GetProperty("iin").GetString()!, StringComparer.Ordinal);

    private static async Task<string[]> CsvLinesAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(bytes is [0xEF, 0xBB, 0xBF, ..], "the export starts with a UTF-8 byte order mark");
            return Encoding.UTF8.GetString(bytes.AsSpan(3)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }

    private async Task<int> CountAsync()
    {
        await using var db = App.Db();
        return await db.Specialists.CountAsync();
    }

    private async Task<int> DeviceCountAsync()
    {
        await using var db = App.Db();
        return await db.Devices.CountAsync();
    }

    /// <summary>Asks in Russian and in Kazakh; both answer the same status and code, the details differ.</summary>
    private static async Task<(JsonElement Ru, JsonElement Kk)> AssertLocalizedAsync(Func<string, Task<HttpResponseMessage>> send, HttpStatusCode status, string code)
    {
        using var ruResponse = await send("ru");
        using var kkResponse = await send("kk");
        var ru = await Problems.AssertProblemAsync(ruResponse, status, code);
        var kk = await Problems.AssertProblemAsync(kkResponse, status, code);
        Assert.True(Problems.HasKazakhLetter(Problems.Detail(kk)), $"detail not Kazakh: {kk}");
        Assert.NotEqual(Problems.Detail(ru), Problems.Detail(kk));
        return (ru, kk);
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
