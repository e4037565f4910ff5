using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.AbroadPages;

/// <summary>
/// The treatment-abroad pages (issue 6, order No. 544) with the demo users (clock: Monday 2026-03-02): every page in both
/// languages for its roles, refused for roles without the permission; an ineligible application refused on the form with
/// nothing saved; and the whole current scheme through the forms, from the application to the contract, with a step
/// completed too early, a stale page and a selection not agreed with the patient refused on their forms.
/// </summary>
public sealed partial class AbroadPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private DemoApp App => fixture.App;

    public static TheoryData<string, string, string> PagesInBothLanguages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (login, url) in new[]
        {
            ("clinician", "/abroad"), ("clinician", "/abroad/new"), ("hospital-doctor", "/abroad?show=all"), ("secretary", "/abroad"), ("abroad", "/abroad"),
            ("abroad", "/abroad/sessions"), ("chief-specialist", "/abroad"), ("abroad-commission", "/abroad/sessions"), ("chief-specialist", "/abroad/sessions"),
            ("patient", "/cabinet"), ("abroad", "/"),
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
        var main = Regex.Match(page, "<main>(.*)</main>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Groups[1].Value;
        Assert.Equal(lang == "kk", Problems.HasKazakhLetter(Html.ById(page, "cabinet-abroad") ?? main));
    }

    [Theory]
    [InlineData("patient", "/abroad")]
    [InlineData("commission", "/abroad")]
    [InlineData("secretary", "/abroad/new")]
    [InlineData("abroad", "/abroad/new")]
    [InlineData("fund", "/abroad/sessions")]
    [InlineData("clinician", "/abroad/sessions")] // the commission's calendar is the ministry's parties'
    [InlineData("secretary", "/abroad/sessions")]
    [InlineData("admission", "/abroad")]
    public async Task Page_RoleWithoutPermission_Denied(string login, string url)
    {
        using var response = await App.GetAsync(await App.SessionAsync(login), url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Лечение за рубежом, организованное гражданином самостоятельно, за счёт бюджета не возмещается.")]
    [InlineData("kk", "Азамат шетелге өз бетінше барып емделген жағдайда шығын бюджет есебінен өтелмейді.")]
    public async Task Application_SelfArranged_RefusedOnTheFormAndNothingSaved(string lang, string expected)
    {
        var clinician = await App.SessionAsync("clinician");
        await using var db = App.Db();
        var before = await db.AbroadCases.CountAsync();
        var form = await FindPatientAsync(clinician, lang);

        var page = await form.PostAsync($"/abroad/new?handler=Create&lang={lang}", HttpStatusCode.UnprocessableEntity,
            ApplicationFields(("Form.SelfArranged", "true"), ("Form.Diagnosis", "Кератоконус, помутнение роговицы")));

        Assert.Equal(expected, Html.Problem(page));
        Assert.Contains("id=\"application-form\"", page, StringComparison.Ordinal);
        Assert.Matches("id=\"self-arranged\" value=\"true\" checked=\"checked\" aria-invalid=\"true\"", page);
        Assert.Contains("value=\"Кератоконус, помутнение роговицы\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await db.AbroadCases.CountAsync());
    }

    [Fact]
    public async Task Application_InjuredOnDutyWithoutInstruction_RefusedInKazakh()
    {
        var form = await FindPatientAsync(await App.SessionAsync("clinician"), "kk");

        var page = await form.PostAsync("/abroad/new?handler=Create&lang=kk", HttpStatusCode.UnprocessableEntity,
            ("Iin", DemoApp.PatientIin), ("Form.Category", "injured-on-duty"), ("Form.Diagnosis", "Жарақат"), ("Form.KazakhstanMethodsExhausted", "true"));

        Assert.Equal("Қызмет бабында жарақат алған қызметкерлер тек Президенттің немесе Премьер-Министрдің тапсырмасы бойынша жіберіледі.", Html.Problem(page));
        Assert.Matches("id=\"exceptional-instruction\" value=\"true\" aria-invalid=\"true\"", page);
    }

    [Fact]
    public async Task Schedule_DateInThePast_RefusedOnTheForm()
    {
        var form = await OpenFormAsync(await App.SessionAsync("abroad"), "/abroad/sessions?lang=ru");

        var page = await form.PostAsync("/abroad/sessions?lang=ru", HttpStatusCode.BadRequest, ("Date", "2026-02-27"), ("Kind", "regular"));

        Assert.Equal("Дата 2026-02-27 уже прошла.", Html.Problem(page));
        Assert.Matches("id=\"session-date\" value=\"2026-02-27\"[^>]*aria-invalid=\"true\"", page);
    }

    [Fact]
    public async Task Workflow_ApplicationToContract_ThroughThePages()
    {
        // Step 1: the clinic applies for the demo patient (keratoprosthesis, a disease of the list).
        var clinician = await App.SessionAsync("clinician");
        var form = await FindPatientAsync(clinician, "ru");
        var created = await form.PostForRedirectAsync("/abroad/new?handler=Create",
            ApplicationFields(("Form.IndicationId", "keratoprosthesis"), ("Form.Diagnosis", "Двустороннее помутнение роговицы"), ("Form.IndicationsConfirmed", "true")));
        var id = Regex.Match(created, "^/abroad/case/([0-9a-f-]{36})\\?done=created$", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
        Assert.NotEmpty(id);
        var url = $"/abroad/case/{id}";

        // Completing before the files are there: what is missing is named on the form, in Kazakh.
        var casePage = await OpenFormAsync(clinician, url + "?lang=kk");
        Assert.Contains("id=\"missing\"", casePage.Page, StringComparison.Ordinal);
        var page = await casePage.PostAsync(url + "?handler=Complete&lang=kk", HttpStatusCode.UnprocessableEntity, ("Form.Step", "1"), ("Version", VersionOf(casePage.Page)));
        Assert.StartsWith("1-қадамды әзірге аяқтау мүмкін емес", Html.Problem(page), StringComparison.Ordinal);
        Assert.Contains("жеке куәліктің көшірмесі", Html.Problem(page), StringComparison.Ordinal);
        await UploadAsync(clinician, url, "id-copy", "medical-record-extract");
        await CompleteAsync(clinician, url, 1);

        // Step 2: the health department petitions; a page read before its own uploads is stale.
        var secretary = await App.SessionAsync("secretary");
        var stale = await OpenFormAsync(secretary, url + "?lang=ru");
        await UploadAsync(secretary, url, "petition", "medical-conclusion");
        page = await stale.PostAsync(url + "?handler=Complete&lang=ru", HttpStatusCode.Conflict, ("Form.Step", "2"), ("Version", VersionOf(stale.Page)));
        Assert.Equal("Случай изменён другим пользователем: обновите страницу и повторите.", Html.Problem(page));
        await CompleteAsync(secretary, url, 2);

        // Steps 3-4: the working body sends the package; the chief specialist concludes it is expedient.
        var officer = await App.SessionAsync("abroad");
        await CompleteAsync(officer, url, 3);
        var chief = await App.SessionAsync("chief-specialist");
        await UploadAsync(chief, url, "expediency-conclusion");
        await CompleteAsync(chief, url, 4, ("Form.Expedient", "true"));

        // Steps 5-7: two clinics asked, both answer (in different currencies), the session is scheduled, the list sent.
        casePage = await OpenFormAsync(officer, url);
        await casePage.PostForRedirectAsync(url + "?handler=Request", ("Offer.ClinicName", "Universitätsklinikum Essen"), ("Offer.Country", "de"));
        await casePage.PostForRedirectAsync(url + "?handler=Request", ("Offer.ClinicName", "Asan Medical Center"), ("Offer.Country", "KR"));
        await CompleteAsync(officer, url, 5);
        casePage = await OpenFormAsync(officer, url + "?lang=ru");
        var offers = Regex.Matches(casePage.Page, "<tr data-offer=\"([0-9a-f-]{36})\" data-clinic=\"([^\"]+)\"", RegexOptions.None, TimeSpan.FromSeconds(1))
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        await casePage.PostForRedirectAsync(url + "?handler=Answer", ("Offer.OfferId", offers["Universitätsklinikum Essen"]), ("Offer.Program", "Кератопротезирование, 14 дней"),
            ("Offer.Currency", "EUR"), ("Offer.Amount", "48 000,50"));
        await casePage.PostForRedirectAsync(url + "?handler=Answer", ("Offer.OfferId", offers["Asan Medical Center"]), ("Offer.Program", "Кератопротез Boston KPro"),
            ("Offer.Currency", "USD"), ("Offer.Amount", "39000"));
        await CompleteAsync(officer, url, 6);
        var sessions = await OpenFormAsync(officer, "/abroad/sessions");
        await sessions.PostForRedirectAsync("/abroad/sessions", ("Date", "2026-03-02"), ("Kind", "regular"));
        await CompleteAsync(officer, url, 7);
        page = await GetPageAsync(officer, url + "?lang=ru");
        Assert.Contains("02.03.2026", Html.ById(page, "case-session"), StringComparison.Ordinal);
        Assert.Contains("48\u00a0000.50 EUR", page, StringComparison.Ordinal);

        // The agenda shows the case with its offers.
        var sessionId = Regex.Match(page, "href=\"/abroad/sessions/([0-9a-f-]{36})\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
        var agenda = await GetPageAsync(await App.SessionAsync("abroad-commission"), $"/abroad/sessions/{sessionId}?lang=kk");
        Assert.Contains($"data-id=\"{id}\"", agenda, StringComparison.Ordinal);
        Assert.Contains("Asan Medical Center", agenda, StringComparison.Ordinal);
        Assert.Contains($"/api/abroad/sessions/{sessionId}/agenda.csv", agenda, StringComparison.Ordinal);

        // Step 8: the commission selects; not without the patient's agreement.
        var commission = await App.SessionAsync("abroad-commission");
        casePage = await OpenFormAsync(commission, url + "?lang=ru");
        page = await casePage.PostAsync(url + "?handler=Complete&lang=ru", HttpStatusCode.UnprocessableEntity,
            ("Form.Step", "8"), ("Version", VersionOf(casePage.Page)), ("Form.OfferId", offers["Asan Medical Center"]), ("Form.ProtocolNumber", "П-12"));
        Assert.Equal("Выбор клиники должен быть согласован с пациентом.", Html.Problem(page));
        Assert.Matches("id=\"patient-agreed\"[^>]*aria-invalid=\"true\"", page);
        Assert.Contains("value=\"П-12\"", page, StringComparison.Ordinal);
        await CompleteAsync(commission, url, 8, ("Form.OfferId", offers["Asan Medical Center"]), ("Form.PatientAgreed", "true"), ("Form.ProtocolNumber", "П-12"));

        // Step 9: the contract; its currency defaults to the selected offer's.
        page = await GetPageAsync(officer, url);
        Assert.Matches("id=\"contract-currency\" value=\"USD\"", page);
        await UploadAsync(officer, url, "contract");
        await CompleteAsync(officer, url, 9, ("Form.ContractNumber", "K-2026/7"), ("Form.ContractDate", "2026-03-02"), ("Form.ContractAmount", "39000"), ("Form.ContractCurrency", "USD"));
        page = await GetPageAsync(officer, url + "?lang=ru");
        Assert.Equal("Contracted", Regex.Match(page, "id=\"case-status\" data-status=\"(\\w+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value);
        Assert.DoesNotContain("id=\"complete-form\"", page, StringComparison.Ordinal);

        // The patient sees the case in the cabinet; the other region's clinic does not reach it.
        var cabinet = await GetPageAsync(await App.SessionAsync("patient"), "/cabinet?lang=ru");
        var row = Regex.Match(cabinet, $"<tr data-id=\"{id}\".*?</tr>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Value;
        Assert.Contains("договор заключён", row, StringComparison.Ordinal);
        Assert.Contains("Asan Medical Center", row, StringComparison.Ordinal);
        Assert.Contains("02.03.2026", row, StringComparison.Ordinal);
        await GetPageAsync(await App.SessionAsync("clinician-2"), url, HttpStatusCode.NotFound);
        var worklist = await GetPageAsync(clinician, "/abroad?show=all&lang=kk");
        Assert.Contains($"data-id=\"{id}\"", worklist, StringComparison.Ordinal);
    }

    private static readonly byte[] TinyPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static (string, string)[] ApplicationFields(params (string Name, string Value)[] more) =>
        [("Iin", DemoApp.PatientIin), ("Form.Category", "citizen"), ("Form.IndicationId", "keratoprosthesis"), .. more];

    private async Task<PageForm> FindPatientAsync(Session session, string lang)
    {
        var form = await OpenFormAsync(session, $"/abroad/new?lang={lang}");
        var page = await form.PostAsync($"/abroad/new?handler=Find&lang={lang}", HttpStatusCode.OK, ("Iin", DemoApp.PatientIin));
        Assert.Contains("id=\"application-form\"", page, StringComparison.Ordinal);
        return form with { Page = page };
    }

    private async Task UploadAsync(Session session, string url, params string[] kinds)
    {
        var form = await OpenFormAsync(session, url);
        foreach (var kind in kinds)
        {
            using var uploaded = await form.UploadAsync(url + "?handler=Upload", kind, kind + ".pdf", TinyPdf);
            Assert.True(HttpStatusCode.Redirect == uploaded.StatusCode, $"{kind}: {(int)uploaded.StatusCode} {Html.Problem(WebUtility.HtmlDecode(await uploaded.Content.ReadAsStringAsync()))}");
        }
    }

    private async Task CompleteAsync(Session session, string url, int step, params (string Name, string Value)[] fields)
    {
        var form = await OpenFormAsync(session, url + "?lang=ru");
        Assert.Contains($"id=\"complete-step\" data-step=\"{step}\"", form.Page, StringComparison.Ordinal);
        var done = await form.PostForRedirectAsync(url + "?handler=Complete",
            [("Form.Step", step.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Version", VersionOf(form.Page)), .. fields]);
        Assert.EndsWith("?done=completed", done, StringComparison.Ordinal);
    }

    /// <summary>A resource key shown instead of its text would contain "abroad." (no page text does).</summary>
    private static void AssertEveryTextFound(string page)
    {
        var text = Regex.Replace(page, "<[^>]+>", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("abroad.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cabinet.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nav.abroad", page, StringComparison.Ordinal);
        Assert.DoesNotContain("home.abroad", page, StringComparison.Ordinal);
    }

    private static string VersionOf(string page) =>
        Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;

    private async Task<string> GetPageAsync(Session session, string url, HttpStatusCode status = HttpStatusCode.OK) =>
        await Html.ReadPageAsync(await App.GetAsync(session, url), status);

    private Task<PageForm> OpenFormAsync(Session session, string url) => PageForm.OpenAsync(App, session, url);
}
