using System.Net;
using Joldama.Data;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;

namespace Joldama.Web.Tests.Referrals;

/// <summary>§40 ¶3–4: every refusal, on each of the three grounds, in the journal and its CSV (headers in the reader's language).</summary>
public sealed class RefusalJournalApiTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private static readonly string[] Grounds = ["no-indications", "incomplete-package", "documents-not-authentic"];

    private ReferralApi Api => new(fixture.App);

    [Theory]
    [InlineData("/api/referrals/refusals?to=9999-12-31")]
    [InlineData("/api/referrals/refusals?from=0001-01-01&to=9999-12-31")]
    [InlineData("/api/referrals/refusals?from=0001-01-01")]
    [InlineData("/api/audit?from=0001-01-01&to=9999-12-31")]
    public async Task Period_FirstOrLastDateThereIs_200NotA500(string url)
    {
        // Regression (issue 8, found by the bad-input property): the day after 9999-12-31 overflowed into a 500.
        var login = url.StartsWith("/api/audit", StringComparison.Ordinal) ? "auditor" : "commission";

        using var response = await fixture.App.GetAsync(await fixture.App.SessionAsync(login), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [PostgresFact]
    [Trait("Category", "Postgres")]
    public async Task Period_FirstAndLastDateThereIsOnPostgres_200WithTheRefusal()
    {
        // timestamptz bounds of DateTimeOffset.MinValue/MaxValue (Npgsql: -infinity/infinity) still find the refusal.
        await using var app = await DemoApp.StartAsync(DatabaseProvider.Postgres);
        var api = new ReferralApi(app);
        var (clinician, commission) = (await app.SessionAsync("clinician"), await app.SessionAsync("commission"));
        var id = await api.SubmittedCaseAsync(clinician);
        await api.StepOkAsync(commission, id, new { trigger = "reject", protocolNumber = "О-1", ground = "no-indications", comment = "—" });

        var journal = await Problems.ReadJsonAsync(await app.GetAsync(commission, "/api/referrals/refusals?from=0001-01-01&to=9999-12-31"));
        var audit = await Problems.ReadJsonAsync(await app.GetAsync(await app.SessionAsync("auditor"), "/api/audit?from=0001-01-01&to=9999-12-31"));

        Assert.Contains(journal.EnumerateArray(), e => e.GetProperty("caseId").GetGuid() == id);
        Assert.NotEmpty(audit.EnumerateArray());
    }

    [Fact]
    public async Task Reject_EachGround_InJournalAndCsvInRuAndKk()
    {
        var app = fixture.App;
        var (clinician, commission) = (await app.SessionAsync("clinician"), await app.SessionAsync("commission"));
        var rejected = new Dictionary<string, (Guid Id, string Iin)>(StringComparer.Ordinal);
        foreach (var ground in Grounds)
        {
            var (patient, iin) = await Api.NewPatientAsync(clinician);
            var id = await Api.SubmittedCaseAsync(clinician, patient);
            var (json, _) = await Api.StepOkAsync(commission, id, new { trigger = "reject", protocolNumber = "О-" + ground, ground, comment = "Отказ: " + ground });
            Assert.Equal("rejected", json.GetProperty("state").GetString());
            rejected[ground] = (id, iin);
        }

        var journal = await Problems.ReadJsonAsync(await app.GetAsync(commission, "/api/referrals/refusals?from=2026-03-01&to=2026-03-31"));
        foreach (var ground in Grounds)
        {
            var entry = journal.EnumerateArray().Single(e => e.GetProperty("caseId").GetGuid() == rejected[ground].Id);
            Assert.Equal(ground, entry.GetProperty("ground").GetString());
            Assert.Equal("О-" + ground, entry.GetProperty("protocolNumber").GetString());
            Assert.Equal("Отказ: " + ground, entry.GetProperty("comment").GetString());
            Assert.Contains("40", entry.GetProperty("groundText").GetString(), StringComparison.Ordinal);
        }

        var byGround = await Problems.ReadJsonAsync(await app.GetAsync(commission, "/api/referrals/refusals?ground=incomplete-package"));
        Assert.All(byGround.EnumerateArray(), e => Assert.Equal("incomplete-package", e.GetProperty("ground").GetString()));
        var byIin = await Problems.ReadJsonAsync(await app.PostJsonAsync(commission, "/api/referrals/refusals/search", new { iin = rejected["documents-not-authentic"].Iin }));
        Assert.Equal(rejected["documents-not-authentic"].Id, Assert.Single(byIin.EnumerateArray()).GetProperty("caseId").GetGuid());
        var outOfPeriod = await Problems.ReadJsonAsync(await app.GetAsync(commission, "/api/referrals/refusals?to=2026-02-28"));
        Assert.Empty(outOfPeriod.EnumerateArray());

        var ru = await CsvAsync(commission, "ru");
        Assert.StartsWith("Дата решения,ИИН,Пациент,Код ВТМП", ru[0], StringComparison.Ordinal);
        foreach (var ground in Grounds)
        {
            Assert.Contains(ru, line => line.Contains(rejected[ground].Iin, StringComparison.Ordinal) && line.Contains("О-" + ground, StringComparison.Ordinal));
        }

        Assert.Contains(ru, line => line.Contains("неполный пакет документов", StringComparison.Ordinal));
        var kk = await CsvAsync(commission, "kk");
        Assert.StartsWith("Шешім күні,ЖСН,Пациент,ЖТМК коды", kk[0], StringComparison.Ordinal);
        Assert.Contains(kk, line => line.Contains("құжаттардың толық емес пакеті", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refusals_OtherRegionsCommission_DoesNotSeeThem()
    {
        var app = fixture.App;
        var id = await Api.SubmittedCaseAsync(await app.SessionAsync("clinician"));
        await Api.StepOkAsync(await app.SessionAsync("commission"), id, new { trigger = "reject", protocolNumber = "О-1", ground = "no-indications", comment = "нет показаний" });

        var journal = await Problems.ReadJsonAsync(await app.GetAsync(await app.SessionAsync("commission-2"), "/api/referrals/refusals"));

        Assert.DoesNotContain(journal.EnumerateArray(), e => e.GetProperty("caseId").GetGuid() == id);
    }

    private async Task<string[]> CsvAsync(Session session, string lang)
    {
        using var response = await fixture.App.GetAsync(session, "/api/referrals/refusals/export.csv?lang=" + lang);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
