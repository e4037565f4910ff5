using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Referrals;

/// <summary>
/// The referral pages (issue 5, seed 001 §31–42) with the demo users (clock: Monday 2026-03-02): every page in both
/// languages for its role, 403 for a role without the permission; the whole path through the forms — the clinic opens a
/// case for the demo patient, a wrong file type is refused on its row, the package and the choice are sent; the
/// commission approves (not without a protocol) and registers; a stale page is refused; the provider sets the date; the
/// patient sees it in the cabinet.
/// </summary>
public sealed partial class ReferralPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private DemoApp App => fixture.App;

    public static TheoryData<string, string, string> PagesInBothLanguages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (login, url) in new[]
        {
            ("clinician", "/referrals"), ("clinician", "/referrals/new"), ("clinician", "/referrals?show=open&code=35.21"), ("hospital-doctor", "/referrals"),
            ("hospital-doctor", "/referrals/new"), ("commission", "/referrals/queue"), ("secretary", "/referrals/queue"), ("commission", "/referrals/refusals"),
            ("analyst", "/referrals/refusals"), ("admission", "/referrals/incoming"), ("patient", "/cabinet"), ("clinician", "/"), ("patient", "/"),
            ("analyst", "/referrals/report"), ("secretary", "/referrals/report?Year=2026"),
        })
        {
            data.Add(login, url, "kk");
            data.Add(login, url, "ru");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInBothLanguages))]
    public async Task Page_EitherLanguage_200InThatLanguageWithEveryText(string login, string url, string lang)
    {
        var page = await GetPageAsync(await App.SessionAsync(login), url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + lang);

        Assert.Equal(lang, Html.Lang(page));
        Assert.Null(Html.Problem(page));
        AssertEveryTextFound(page);
        Assert.Equal(lang == "kk", Problems.HasKazakhLetter(Html.ById(page, "cabinet-referrals") ?? Regex.Match(page, "<main>(.*)</main>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Groups[1].Value));
    }

    [Theory]
    [InlineData("commission", "/referrals/new")]
    [InlineData("commission", "/referrals")]
    [InlineData("clinician", "/referrals/queue")]
    [InlineData("clinician", "/referrals/incoming")]
    [InlineData("clinician", "/referrals/refusals")]
    [InlineData("admission", "/referrals/refusals")]
    [InlineData("patient", "/referrals")]
    [InlineData("patient", "/referrals/refusals")]
    [InlineData("clinician", "/cabinet")]
    [InlineData("fund", "/referrals/queue")]
    [InlineData("clinician", "/referrals/report")]
    [InlineData("commission", "/referrals/report")]
    public async Task Page_RoleWithoutPermission_Denied(string login, string url)
    {
        using var response = await App.GetAsync(await App.SessionAsync(login), url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workflow_ClinicSends_CommissionApprovesAndRegisters_ProviderSetsDate_PatientSeesItInTheCabinet()
    {
        // The clinic finds the demo patient by IIN (a POST) and opens a case for 35.21.
        var clinician = await App.SessionAsync("clinician");
        var form = await OpenFormAsync(clinician, "/referrals/new?lang=ru");
        var page = await form.PostAsync("/referrals/new?handler=Find&lang=ru", HttpStatusCode.OK, ("Iin", DemoApp.PatientIin));
        Assert.Contains("id=\"case-form\"", page, StringComparison.Ordinal);
        var key = Regex.Match(page, "name=\"IdempotencyKey\" value=\"([0-9a-f]{32})\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
        (string, string)[] caseFields(string code) =>
        [
            ("Iin", DemoApp.PatientIin), ("IdempotencyKey", key), ("Case.HtmcCode", code), ("Case.Diagnosis", "Аортальный стеноз"),
            ("Case.SpecialistConclusion", "Показана операция: кардиохирург Ахметов Е. С."),
        ];

        // A code in no list: said on the form (the catalog's message), what was typed kept.
        page = await form.PostAsync("/referrals/new?handler=Create&lang=ru", HttpStatusCode.NotFound, caseFields("99.99"));
        Assert.Equal("Кода 99.99 нет ни в перечне ВТМП, ни в характеристиках.", Html.Problem(page));
        Assert.Contains("value=\"Аортальный стеноз\"", page, StringComparison.Ordinal);
        Assert.Matches("id=\"htmc-code\" value=\"99.99\"[^>]*aria-invalid=\"true\"", page);

        var created = await form.PostForRedirectAsync("/referrals/new?handler=Create", caseFields("35.21"));
        var id = Regex.Match(created, "^/referrals/([0-9a-f-]{36})\\?done=created$", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
        Assert.NotEmpty(id);
        var url = $"/referrals/{id}";

        // The package: a text file for the identity document is refused on its row, in the page's language.
        var casePage = await OpenFormAsync(clinician, url + "?lang=kk");
        Assert.Contains("id=\"package-missing\"", casePage.Page, StringComparison.Ordinal);
        using (var refused = await casePage.UploadAsync(url + "?handler=Upload&lang=kk", "identity-document", "passport.pdf", Encoding.UTF8.GetBytes("not a pdf at all")))
        {
            page = await Html.ReadPageAsync(refused, HttpStatusCode.BadRequest);
            Assert.Equal("Тек PDF, JPEG және PNG файлдары қабылданады (файлдың атауы емес, мазмұны тексеріледі).", Html.Problem(RowOf(page, "identity-document")));
        }

        foreach (var kind in new[] { "identity-document", "hospitalization-referral", "medical-record-extract", "diagnostic-results" })
        {
            using var uploaded = await casePage.UploadAsync(url + "?handler=Upload", kind, kind + ".pdf", TinyPdf);
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        // Sending without the patient's choice is refused; then the choice (the karaganda provider) and the package go.
        casePage = await OpenFormAsync(clinician, url + "?lang=ru");
        Assert.Contains("id=\"package-complete\"", casePage.Page, StringComparison.Ordinal);
        var version = VersionOf(casePage.Page);
        page = await casePage.PostAsync(url + "?handler=Step&lang=ru", HttpStatusCode.BadRequest, ("Form.Trigger", "submit"), ("Version", version));
        Assert.Equal("Перед отправкой пакета укажите выбор пациента — организацию, оказывающую ВТМП.", Html.Problem(page));
        var admission = await App.SessionAsync("admission");
        await casePage.PostForRedirectAsync(url + "?handler=Choose", ("ProviderId", admission.OrganizationId.ToString()), ("Version", version));
        casePage = await OpenFormAsync(clinician, url + "?lang=ru");
        Assert.Equal(url + "?done=submit", await casePage.PostForRedirectAsync(url + "?handler=Step", ("Form.Trigger", "submit"), ("Version", VersionOf(casePage.Page))));

        // The commission: the queue lists it (due in 2 working days); approving without a protocol is refused, with it done.
        var commission = await App.SessionAsync("commission");
        page = await GetPageAsync(commission, "/referrals/queue?lang=ru");
        Assert.True(page.Contains($"data-id=\"{id}\"", StringComparison.Ordinal), Regex.Match(page, "<main>(.*)</main>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Value);
        var decide = await OpenFormAsync(commission, url + "?lang=ru");
        Assert.Contains("?handler=Document&doc=", decide.Page, StringComparison.Ordinal);
        var documentHref = System.Net.WebUtility.HtmlDecode(Regex.Match(decide.Page, "href=\"(/referrals/[^\"]+handler=Document[^\"]+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value);
        using (var file = await App.GetAsync(commission, documentHref))
        {
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        }

        version = VersionOf(decide.Page);
        page = await decide.PostAsync(url + "?handler=Step&lang=ru", HttpStatusCode.BadRequest, ("Form.Trigger", "approve"), ("Version", version), ("Form.ProtocolNumber", " "));
        Assert.Equal("Укажите номер протокола комиссии ВТМП (п. 35 Правил).", Html.Problem(page));
        Assert.Equal(url + "?done=approve", await decide.PostForRedirectAsync(url + "?handler=Step", ("Form.Trigger", "approve"), ("Version", version), ("Form.ProtocolNumber", "П-17")));

        // A page read before the approval is stale now: its register is refused with the message.
        page = await decide.PostAsync(url + "?handler=Step&lang=ru", HttpStatusCode.Conflict, ("Form.Trigger", "register"), ("Version", version));
        Assert.StartsWith("Направление уже изменил другой пользователь", Html.Problem(page), StringComparison.Ordinal);
        decide = await OpenFormAsync(commission, url + "?lang=ru");
        await decide.PostForRedirectAsync(url + "?handler=Step", ("Form.Trigger", "register"), ("Version", VersionOf(decide.Page)));
        page = await GetPageAsync(commission, url + "?lang=ru");
        var number = Html.ById(page, "referral-number")!;
        Assert.Matches("^\\S+$", number);

        // The provider sets the date.
        page = await GetPageAsync(admission, "/referrals/incoming?lang=ru");
        Assert.Contains($"data-number=\"{number}\"", page, StringComparison.Ordinal);
        var accept = await OpenFormAsync(admission, url + "?lang=ru");
        await accept.PostForRedirectAsync(url + "?handler=Step", ("Form.Trigger", "accept"), ("Version", VersionOf(accept.Page)), ("Form.HospitalizationDate", "2026-03-10"));
        page = await GetPageAsync(admission, url + "?lang=ru");
        Assert.Equal("дата назначена", Html.ById(page, "case-state"));
        Assert.Equal("10.03.2026", Html.ById(page, "case-date"));

        // The patient: the referral with its number, provider and date, and the messages.
        page = await GetPageAsync(await App.SessionAsync("patient"), "/cabinet?lang=ru");
        Assert.Contains($"data-number=\"{number}\"", page, StringComparison.Ordinal);
        Assert.Contains("10.03.2026", page, StringComparison.Ordinal);
        Assert.Contains("Областная многопрофильная больница г. Караганды", page, StringComparison.Ordinal);
        Assert.Contains("data-topic=", page, StringComparison.Ordinal);

        // The worklists search by number (address) and by IIN (a POST only).
        page = await GetPageAsync(clinician, $"/referrals?number={number}&lang=ru");
        Assert.Contains($"data-id=\"{id}\"", page, StringComparison.Ordinal);
        var list = await OpenFormAsync(clinician, "/referrals?lang=ru");
        page = await list.PostAsync("/referrals?lang=ru", HttpStatusCode.OK, ("Iin", DemoApp.PatientIin));
        Assert.Contains($"data-id=\"{id}\"", page, StringComparison.Ordinal);
        page = await list.PostAsync("/referrals?lang=ru", HttpStatusCode.BadRequest, ("Iin", "900101300018"));
        Assert.Matches("id=\"search-iin-input\" value=\"900101300018\"[^>]*aria-invalid=\"true\"", page);

        // Another region's commission does not reach the case.
        await GetPageAsync(await App.SessionAsync("commission-2"), url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Refusal_CommissionRejectsWithGround_JournalListsItAndCsv()
    {
        var id = await SentCaseAsync();
        var url = $"/referrals/{id}";
        var commission = await App.SessionAsync("commission");
        var decide = await OpenFormAsync(commission, url + "?lang=kk");
        var version = VersionOf(decide.Page);
        var page = await decide.PostAsync(url + "?handler=Step&lang=kk", HttpStatusCode.BadRequest,
            ("Form.Trigger", "reject"), ("Version", version), ("Form.ProtocolNumber", "П-18"), ("Form.Ground", "incomplete-package"));
        Assert.NotNull(Html.Problem(page));
        Assert.Contains("value=\"П-18\"", page, StringComparison.Ordinal);
        await decide.PostForRedirectAsync(url + "?handler=Step",
            ("Form.Trigger", "reject"), ("Version", version), ("Form.ProtocolNumber", "П-18"), ("Form.Ground", "incomplete-package"), ("Form.Comment", "Нет результатов ЭхоКГ."));

        page = await GetPageAsync(commission, "/referrals/refusals?ground=incomplete-package&lang=ru");
        Assert.Contains($"data-id=\"{id}\"", page, StringComparison.Ordinal);
        Assert.Contains("неполный пакет документов", page, StringComparison.Ordinal);
        using var csv = await App.GetAsync(commission, "/referrals/refusals?handler=Csv&ground=incomplete-package&lang=ru");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Нет результатов ЭхоКГ.", text, StringComparison.Ordinal);
        Assert.StartsWith("Дата решения", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    /// <summary>A case of the demo patient, complete and sent to the karaganda commission (written through the services' own pages).</summary>
    private async Task<string> SentCaseAsync()
    {
        var clinician = await App.SessionAsync("clinician");
        var form = await OpenFormAsync(clinician, "/referrals/new");
        var page = await form.PostAsync("/referrals/new?handler=Find", HttpStatusCode.OK, ("Iin", DemoApp.PatientIin));
        var key = Regex.Match(page, "name=\"IdempotencyKey\" value=\"([0-9a-f]{32})\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
        var created = await form.PostForRedirectAsync("/referrals/new?handler=Create",
            ("Iin", DemoApp.PatientIin), ("IdempotencyKey", key), ("Case.HtmcCode", "35.21"), ("Case.Diagnosis", "ИБС"), ("Case.SpecialistConclusion", "Показано."));
        var id = created.Split('/', '?')[2];
        var url = $"/referrals/{id}";
        var casePage = await OpenFormAsync(clinician, url);
        foreach (var kind in new[] { "identity-document", "hospitalization-referral", "medical-record-extract", "diagnostic-results" })
        {
            using var uploaded = await casePage.UploadAsync(url + "?handler=Upload", kind, kind + ".png", TinyPng);
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        var admission = await App.SessionAsync("admission");
        casePage = await OpenFormAsync(clinician, url);
        await casePage.PostForRedirectAsync(url + "?handler=Choose", ("ProviderId", admission.OrganizationId.ToString()), ("Version", VersionOf(casePage.Page)));
        casePage = await OpenFormAsync(clinician, url);
        await casePage.PostForRedirectAsync(url + "?handler=Step", ("Form.Trigger", "submit"), ("Version", VersionOf(casePage.Page)));
        await using var db = App.Db();
        Assert.Equal(Domain.Referrals.ReferralState.SentToCommission, (await db.ReferralCases.SingleAsync(c => c.Id == Guid.Parse(id))).State);
        return id;
    }

    private static readonly byte[] TinyPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A resource key shown instead of its text would contain "referrals." or "cabinet." (no page text does).</summary>
    private static void AssertEveryTextFound(string page)
    {
        var text = Regex.Replace(page, "<[^>]+>", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("referrals.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cabinet.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nav.referrals", page, StringComparison.Ordinal);
        Assert.DoesNotContain("home.referrals", page, StringComparison.Ordinal);
    }

    private static string VersionOf(string page) =>
        Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;

    /// <summary>The package table's row of one document kind.</summary>
    private static string RowOf(string page, string kind) =>
        Regex.Match(page, $"<tr data-kind=\"{kind}\".*?</tr>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Value;

    private async Task<string> GetPageAsync(Session session, string url, HttpStatusCode status = HttpStatusCode.OK) =>
        await Html.ReadPageAsync(await App.GetAsync(session, url), status);

    private Task<PageForm> OpenFormAsync(Session session, string url) => PageForm.OpenAsync(App, session, url);
}
