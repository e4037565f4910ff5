using System.Net;
using System.Text.RegularExpressions;
using Joldama.Domain.Access;
using Joldama.Web.Pages;
using Joldama.Web.Tests.Access;
using Joldama.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Tests.Conformity;

/// <summary>
/// The conformity pages (issue 4, seed 001 §22–30) with the demo users (clock: Monday 2026-03-02): every page in both
/// languages; the provider files through the form and sees the filing window's refusal on it; the inspector overrides a
/// criterion (not without a justification) and submits; the head signs; the conclusions show their validity; a specialist
/// leaving flags a conclusion at once (§29); each role reaches only its own records.
/// </summary>
public sealed partial class ConformityPageTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    private DemoApp App => fixture.App;

    public static TheoryData<string, string, string> PagesInBothLanguages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (login, url) in new[]
        {
            ("provider-admin", "/conformity/resources"), ("provider-admin", "/conformity/specialists/new"), ("provider-admin", "/conformity/applications"),
            ("provider-admin", "/conformity/applications/new"), ("provider-admin", "/conformity/conclusions"), ("provider-admin", "/conformity/alerts"),
            ("inspector", "/conformity/resources"), ("inspector", "/conformity/applications"), ("territorial-head", "/conformity/applications"),
            ("fund", "/conformity/conclusions"), ("clinician", "/conformity/register"), ("clinician", "/conformity/register?code=37.94&date=2026-03-02"),
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
        Assert.Equal(lang == "kk", Problems.HasKazakhLetter(Html.ById(page, "conformity-tabs") ?? throw new InvalidOperationException("no tabs")));
    }

    [Theory]
    [InlineData("ru", "Заявки на 2027 год принимаются с 15.09.2026 по 15.10.2026 (п. 23 Правил).")]
    [InlineData("kk", "2027 жылға өтінімдер 15.09.2026 бастап 15.10.2026 дейін қабылданады (Қағидалардың 23-тармағы).")]
    public async Task NewApplication_RegularForNextYearOutsideTheWindow_RefusedOnTheFormKeepingWhatWasTyped(string lang, string message)
    {
        var provider = await App.SessionAsync("provider-admin");
        var form = await OpenFormAsync(provider, "/conformity/applications/new?lang=" + lang);

        var page = await form.PostAsync("/conformity/applications/new?lang=" + lang, HttpStatusCode.UnprocessableEntity,
            ("Form.ForYear", "2027"), ("Form.Items[0].Code", "37.94"), ("Form.Items[0].PlannedVolume", "40"));

        Assert.Equal(message, Html.Problem(page));
        Assert.Contains("value=\"37.94\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"40\"", page, StringComparison.Ordinal);
        await using var db = App.Db();
        Assert.False(await db.ConformityApplications.AnyAsync(a => a.ForYear == 2027));
    }

    [Fact]
    public async Task Workflow_ProviderFiles_InspectorOverridesWithJustification_HeadSigns_ConclusionsThenSpecialistsLeaveFlagsOne()
    {
        // The provider files a first-time application for 2026 (§24) with its whole staff and equipment for two codes.
        var provider = await App.SessionAsync("provider-admin");
        var form = await OpenFormAsync(provider, "/conformity/applications/new?lang=ru");
        var specialists = Regex.Matches(form.Page, "name=\"Form.Items\\[0\\].Specialists\" value=\"([^\"]+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value).ToList();
        var devices = Regex.Matches(form.Page, "name=\"Form.Items\\[0\\].Devices\" value=\"([^\"]+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, specialists.Count);
        Assert.Equal(2, devices.Count);
        var fields = new List<(string, string)> { ("Form.ForYear", "2026"), ("Form.FirstTime", "true"), ("Form.Items[0].Code", "37.94"), ("Form.Items[1].Code", "37.36") };
        foreach (var item in new[] { 0, 1 })
        {
            fields.AddRange(specialists.Select(s => ($"Form.Items[{item}].Specialists", s)));
            fields.AddRange(devices.Select(d => ($"Form.Items[{item}].Devices", d)));
        }

        var filed = await form.PostForRedirectAsync("/conformity/applications/new", [.. fields]);
        var id = Guid.Parse(Regex.Match(filed, "^/conformity/applications/([0-9a-f-]{36})\\?done=filed$", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value);
        var application = $"/conformity/applications/{id}";
        var page = await GetPageAsync(provider, application + "?done=filed&lang=ru");
        Assert.Equal("Заявка подана и проверена системой; срок рассмотрения указан ниже.", Notice(page));
        Assert.Equal("на рассмотрении", Html.ById(page, "application-status"));
        Assert.Equal("осталось дней: 30", Html.ById(page, "deadline")); // 2026-04-01, a Wednesday
        var number = Regex.Match(Html.ById(page, "application-number")!, "A-2026-[0-9A-F]{8}", RegexOptions.None, TimeSpan.FromSeconds(1)).Value;

        // Another provider, and an inspector of another region, do not reach it.
        Assert.Equal("Заявка не найдена.", Html.Problem(await GetPageAsync(await App.SessionAsync("provider-admin-2"), application + "?lang=ru", HttpStatusCode.NotFound)));
        await GetPageAsync(await App.SessionAsync("inspector-2"), application, HttpStatusCode.NotFound);

        // The inspector's queue lists it; overriding the out-of-order echocardiograph without a justification is refused on that criterion.
        var inspector = await App.SessionAsync("inspector");
        var queue = await GetPageAsync(inspector, "/conformity/applications?lang=ru");
        Assert.Contains($"data-number=\"{number}\"", queue, StringComparison.Ordinal);
        var review = await OpenFormAsync(inspector, application + "?lang=ru");
        var item3736 = ItemIdOf(review.Page, "37.36");
        page = await review.PostAsync(application + "?handler=Decide&lang=ru", HttpStatusCode.BadRequest,
            ("ItemId", item3736), ("Criterion", "2"), ("Met", "true"), ("Justification", "   "));
        Assert.Equal("Критерий 3: решение, расходящееся с выводом системы, требует письменного обоснования (не менее 10 символов).", Html.Problem(CriterionRow(page, "37.36", 2)));
        Assert.Null(Html.Problem(CriterionRow(page, "37.36", 0)));

        Assert.Equal(application + "?done=decided#crit-37-36-2", await review.PostForRedirectAsync(application + "?handler=Decide",
            ("ItemId", item3736), ("Criterion", "2"), ("Met", "true"), ("Justification", "Датчик заменён по договору аренды, акт от 25.02.2026.")));
        await review.PostForRedirectAsync(application + "?handler=ConfirmAll");

        // The head cannot sign before it is submitted; then it is.
        var head = await App.SessionAsync("territorial-head");
        var early = await OpenFormAsync(head, application + "?lang=ru");
        Assert.DoesNotContain("id=\"sign\"", early.Page, StringComparison.Ordinal);
        await review.PostForRedirectAsync(application + "?handler=Submit");

        var signing = await OpenFormAsync(head, application + "?lang=kk");
        Assert.Contains("data-overridden=\"true\"", CriterionRow(signing.Page, "37.36", 2), StringComparison.Ordinal);
        Assert.Contains("Датчик заменён по договору аренды", CriterionRow(signing.Page, "37.36", 2), StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"decide\"", signing.Page, StringComparison.Ordinal);
        page = await signing.PostAsync(application + "?handler=Return&lang=kk", HttpStatusCode.BadRequest, ("Comment", " "));
        Assert.Equal("Инспекторға түсініктеме жазыңыз (2000 таңбаға дейін).", Html.Problem(page));
        Assert.Equal(application + "?done=signed", await signing.PostForRedirectAsync(application + "?handler=Sign"));

        page = await GetPageAsync(head, application + "?done=signed&lang=ru");
        Assert.Equal("заключение выдано", Html.ById(page, "application-status"));
        var conclusions = Regex.Matches(page, "<li data-code=\"([0-9.]+)\"><a href=\"/conformity/conclusions/([0-9a-f-]{36})\"", RegexOptions.None, TimeSpan.FromSeconds(1))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["37.36", "37.94"], conclusions.Keys.Order(StringComparer.Ordinal));

        // App. 3: 37.94 positive, valid from the day of registration to 31 December (§26.2); 37.36 negative.
        page = await GetPageAsync(provider, $"/conformity/conclusions/{conclusions["37.94"]}?lang=ru");
        Assert.Equal("соответствует", Html.ById(page, "overall"));
        Assert.Equal("с 02.03.2026 по 31.12.2026", Html.ById(page, "validity"));
        Assert.Contains($"href=\"/api/conformity/conclusions/{conclusions["37.94"]}/pdf?lang=kk\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/conformity/conclusions/{conclusions["37.94"]}/pdf?lang=ru\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"reissue-form\"", page, StringComparison.Ordinal);
        page = await GetPageAsync(provider, $"/conformity/conclusions/{conclusions["37.36"]}?lang=kk");
        Assert.Equal("сәйкес келмейді", Html.ById(page, "overall"));
        Assert.Equal("белгіленбейді (теріс қорытынды)", Html.ById(page, "validity"));
        Assert.DoesNotContain("id=\"reissue-form\"", page, StringComparison.Ordinal);
        Assert.Contains("data-criterion=\"0\" data-compliant=\"false\"", page, StringComparison.Ordinal);
        Assert.Contains("data-criterion=\"2\" data-compliant=\"true\"", page, StringComparison.Ordinal);

        // The Fund reads every copy (§28); another region's provider reads none of them.
        page = await GetPageAsync(await App.SessionAsync("fund"), "/conformity/conclusions?lang=ru");
        Assert.Contains($"href=\"/conformity/conclusions/{conclusions["37.94"]}\"", page, StringComparison.Ordinal);
        await GetPageAsync(await App.SessionAsync("provider-admin-2"), $"/conformity/conclusions/{conclusions["37.94"]}", HttpStatusCode.NotFound);

        // The register (§22): the provider holds 37.94 today, not before registration.
        var clinician = await App.SessionAsync("clinician");
        page = await GetPageAsync(clinician, "/conformity/register?code=37.94&lang=ru");
        Assert.Contains("Областная многопрофильная больница г. Караганды", Html.ById(page, "register")!, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/conformity/conclusions/", page, StringComparison.Ordinal); // a clinician reads no conclusion
        Assert.NotNull(Html.ById(await GetPageAsync(clinician, "/conformity/register?code=37.94&date=2026-03-01&lang=ru"), "register-none"));

        // §29: the two specialists 37.94 counted leave; the page names the conclusion that no longer holds and why.
        var resources = await OpenFormAsync(provider, "/conformity/resources?lang=ru");
        var after = string.Empty;
        foreach (var name in new[] { "Ахметов Ерлан Серікұлы", "Ким Ольга Викторовна" })
        {
            after = await resources.PostForRedirectAsync($"/conformity/resources?handler=Leave&id={SpecialistIdOf(resources.Page, name)}", ("On", "2026-03-02"));
        }

        page = await GetPageAsync(provider, after + "&lang=ru");
        Assert.Equal("Выбытие специалиста записано.", Notice(page));
        var flagged = Html.ById(page, "flagged")!;
        Assert.Contains("Заключения, которые больше не соответствуют: 1", flagged, StringComparison.Ordinal);
        Assert.Contains($"href=\"/conformity/conclusions/{conclusions["37.94"]}\"", flagged, StringComparison.Ordinal);
        Assert.Contains("требуется 1, есть 0", flagged, StringComparison.Ordinal);

        // The department sees the alert and acknowledges it; the register marks the conclusion.
        var alerts = await OpenFormAsync(inspector, "/conformity/alerts?lang=ru");
        Assert.Contains("специалист выбыл", alerts.Page, StringComparison.Ordinal);
        var alertId = Regex.Match(alerts.Page, "<tr data-id=\"([0-9a-f-]{36})\" data-code=\"37.94\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
        Assert.Equal("/conformity/alerts?done=acknowledged", await alerts.PostForRedirectAsync($"/conformity/alerts?handler=Acknowledge&id={alertId}"));
        page = await GetPageAsync(inspector, "/conformity/alerts?done=acknowledged&lang=ru");
        Assert.DoesNotContain("data-action=\"acknowledge\"", page, StringComparison.Ordinal);
        page = await GetPageAsync(clinician, "/conformity/register?code=37.94&lang=ru");
        Assert.Contains("data-flagged=\"true\"", page, StringComparison.Ordinal);

        // The Fund reads alerts but acknowledges for no side.
        page = await GetPageAsync(await App.SessionAsync("fund"), "/conformity/alerts?lang=ru");
        Assert.Contains($"data-id=\"{alertId}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"acknowledge\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resources_OwnAdministratorSeesWholeIin_InspectorMasked_OtherRegionNotFound()
    {
        var provider = await App.SessionAsync("provider-admin");
        var own = await GetPageAsync(provider, "/conformity/resources?lang=ru");
        Assert.Contains("800515300106", own, StringComparison.Ordinal);
        Assert.Contains("data-badge=\"over-3-months\"", own, StringComparison.Ordinal); // the echocardiograph, out of order for 4 months
        Assert.Contains("id=\"add-device-form\"", own, StringComparison.Ordinal);

        var inspector = await App.SessionAsync("inspector");
        var chooser = await GetPageAsync(inspector, "/conformity/resources?lang=ru");
        Assert.Contains($"<option value=\"{provider.OrganizationId}\">", chooser, StringComparison.Ordinal);
        var read = await GetPageAsync(inspector, $"/conformity/resources?org={provider.OrganizationId}&lang=ru");
        Assert.Contains("80******0106", read, StringComparison.Ordinal);
        Assert.DoesNotContain("800515300106", read, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"add-device-form\"", read, StringComparison.Ordinal);
        Assert.DoesNotContain("data-action=\"leave\"", read, StringComparison.Ordinal);

        var specialist = SpecialistIdOf(own, "Ахметов Ерлан Серікұлы");
        var card = await GetPageAsync(inspector, $"/conformity/specialists/{specialist}?lang=kk");
        Assert.Contains("80******0106", card, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"specialist-form\"", card, StringComparison.Ordinal);

        var pavlodar = await App.SessionAsync("inspector-2");
        Assert.Equal("Ұйым табылмады.", Html.Problem(await GetPageAsync(pavlodar, $"/conformity/resources?org={provider.OrganizationId}&lang=kk", HttpStatusCode.NotFound)));
        await GetPageAsync(pavlodar, $"/conformity/specialists/{specialist}", HttpStatusCode.NotFound);
        await GetPageAsync(await App.SessionAsync("provider-admin-2"), $"/conformity/specialists/{specialist}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NewSpecialist_BadRowThenValid_ErrorOnThatRowThenAddedAndEditable_DeviceAddedFromTheVocabulary()
    {
        var provider = await App.SessionAsync("provider-admin-2");
        var iin = Fresh.Iin();
        var form = await OpenFormAsync(provider, "/conformity/specialists/new?lang=ru");
        (string, string)[] Fields(string secondValidTo) =>
        [
            ("Form.FullName", "Жұмабек Айгерім Маратқызы"), ("Form.Iin", iin),
            ("Form.Certificates[0].Specialty", string.Empty),
            ("Form.Certificates[1].Specialty", "Кардиохирургия (взрослая, детская)"), ("Form.Certificates[1].Number", "KZ-77"),
            ("Form.Certificates[1].ValidFrom", "2025-01-10"), ("Form.Certificates[1].ValidTo", secondValidTo),
            ("Form.Experience[0].Years", "7,5"), ("Form.Experience[0].Scope", "Specialty"),
            ("Form.Education[0].Hours", "108"), ("Form.Education[0].Topic", "Вопросы кардиохирургии"), ("Form.Education[0].CompletedOn", "2025-11-20"),
            ("Form.Conditions[0].Kind", "RadiationPermit"), ("Form.Conditions[0].Text", string.Empty),
        ];

        // The second certificate row ends before it starts: said so about row 2 (the blank first row was not sent), that input marked.
        var page = await form.PostAsync("/conformity/specialists/new?lang=ru", HttpStatusCode.BadRequest, Fields("2024-01-01"));
        Assert.Equal("Сертификат 2: дата окончания — в виде ГГГГ-ММ-ДД и не раньше начала.", Html.Problem(page));
        Assert.Matches("id=\"cert-1-to\" value=\"2024-01-01\"[^>]*aria-invalid=\"true\"", page);
        Assert.Contains("value=\"Жұмабек Айгерім Маратқызы\"", page, StringComparison.Ordinal);

        var added = await form.PostForRedirectAsync("/conformity/specialists/new", Fields("2030-01-09"));
        Assert.Matches("^/conformity/specialists/[0-9a-f-]{36}\\?saved=added$", added);
        page = await GetPageAsync(provider, added + "&lang=kk");
        Assert.Equal("Маман қосылды.", Notice(page));
        Assert.Contains("id=\"specialist-form\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Кардиохирургия (взрослая, детская)\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"cert-1-specialty\"", page, StringComparison.Ordinal); // one blank row to add another
        Assert.DoesNotContain("id=\"cert-2-specialty\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"7.5\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{iin}\"", page, StringComparison.Ordinal);

        // A device: the type must be one of Appendix 2's names.
        var resources = await OpenFormAsync(provider, "/conformity/resources?lang=ru");
        page = await resources.PostAsync("/conformity/resources?handler=AddDevice&lang=ru", HttpStatusCode.BadRequest,
            ("Device.TypeName", "Тостер"), ("Device.Count", "1"));
        Assert.Equal("«Тостер» нет среди медицинских изделий приложения 2.", Html.Problem(page));
        Assert.Equal("/conformity/resources?done=added", await resources.PostForRedirectAsync("/conformity/resources?handler=AddDevice",
            ("Device.TypeName", "Аппарат искусственного кровообращения"), ("Device.Model", "HL 20"), ("Device.SerialNumber", "HL-1"), ("Device.Count", "2")));
        page = await GetPageAsync(provider, "/conformity/resources?done=added&lang=kk");
        Assert.Equal("Медициналық бұйым қосылды.", Notice(page));
        Assert.Contains("Жасанды қанайналым аппараты", Html.ById(page, "devices")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resources_CsvImport_AllRowsOrNoneWithEveryBadRowAndColumn()
    {
        // Pavlodar's provider: the other tests of this class count Karaganda's devices.
        var admin = await App.SessionAsync("provider-admin-2");
        var form = await OpenFormAsync(admin, "/conformity/resources?lang=ru");
        Assert.Contains("id=\"import-devices\"", form.Page, StringComparison.Ordinal);
        var before = (await Problems.ReadJsonAsync(await App.GetAsync(admin, $"/api/conformity/organizations/{admin.OrganizationId}/devices"))).GetArrayLength();

        using (var refused = await form.UploadAsync("/conformity/resources?handler=ImportDevices&lang=ru", "devices.csv",
            "type;model;serial_number;count;out_of_order_since\nКофеварка;X;S-1;1;\nНаркозно-дыхательный аппарат;Y;S-2;-3;\n"))
        {
            var page = await Html.ReadPageAsync(refused, HttpStatusCode.BadRequest);
            var errors = Html.ById(page, "import-errors");
            Assert.NotNull(errors);
            Assert.Contains(">2<", errors, StringComparison.Ordinal);
            Assert.Contains(">3<", errors, StringComparison.Ordinal);
            Assert.Contains("Кофеварка", errors, StringComparison.Ordinal);
        }

        Assert.Equal(before, (await Problems.ReadJsonAsync(await App.GetAsync(admin, $"/api/conformity/organizations/{admin.OrganizationId}/devices"))).GetArrayLength());
        using var imported = await form.UploadAsync("/conformity/resources?handler=ImportDevices", "devices.csv",
            await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "examples", "devices.csv")));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Contains("imported=", imported.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True((await Problems.ReadJsonAsync(await App.GetAsync(admin, $"/api/conformity/organizations/{admin.OrganizationId}/devices"))).GetArrayLength() > before);
    }

    [Fact]
    public async Task Register_MalformedCode_400WithTheCatalogsMessage_CatalogLinksTheRegisterForStaffOnly()
    {
        var clinician = await App.SessionAsync("clinician");

        var page = await GetPageAsync(clinician, "/conformity/register?code=37,94&lang=ru", HttpStatusCode.BadRequest);

        Assert.StartsWith("«37,94» — не код ВТМП", Html.Problem(page), StringComparison.Ordinal);
        Assert.Contains("id=\"code\" value=\"37,94\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/conformity/register?code=37.94\"", await GetPageAsync(clinician, "/catalog/37.94"), StringComparison.Ordinal);
        using var anonymous = App.Client();
        Assert.DoesNotContain("/conformity/register", await Html.ReadPageAsync(await anonymous.GetAsync(new Uri("/catalog/37.94", UriKind.Relative))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicationSteps_WithoutTheirPermission_Forbidden()
    {
        var provider = await App.SessionAsync("provider-admin");
        var target = Guid.NewGuid();
        var form = await OpenFormAsync(provider, "/conformity/applications/new");

        // A provider's administrator may not decide, submit or sign (a redirect to the denied page).
        foreach (var handler in new[] { "Decide", "ConfirmAll", "Submit", "Sign", "Return" })
        {
            using var response = await form.SendAsync($"/conformity/applications/{target}?handler={handler}", ("ItemId", Guid.NewGuid().ToString()), ("Criterion", "0"), ("Met", "true"));
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{handler}: {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Contains("/account/denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void HomePages_ConformityLinks_FollowThePermissions()
    {
        foreach (var definition in Roles.All)
        {
            var scope = new AccessScope(Guid.NewGuid(), definition.Role, Guid.NewGuid(), DemoApp.Region, definition.Role == Role.Patient ? DemoApp.PatientIin : null);
            var links = IndexModel.PagesOf(scope).Select(p => p.Id).Where(p => p.StartsWith("conformity-", StringComparison.Ordinal)).ToList();

            var expected = new List<string>();
            if (scope.Can(Permission.ViewConformityApplications))
            {
                expected.Add("conformity-applications");
            }

            if (scope.Can(Permission.ViewConclusions))
            {
                expected.AddRange(["conformity-conclusions", "conformity-alerts"]);
            }

            if (scope.Can(Permission.ViewProviderResources))
            {
                expected.Add("conformity-resources");
            }

            if (scope.Can(Permission.ViewConformityRegister))
            {
                expected.Add("conformity-register");
            }

            Assert.Equal(expected, links);
        }

        Assert.Equal(
            ["conformity-applications", "conformity-conclusions", "conformity-alerts", "conformity-resources", "conformity-register"],
            IndexModel.PagesOf(new AccessScope(Guid.NewGuid(), Role.ProviderAdministrator, Guid.NewGuid(), DemoApp.Region, null)).Select(p => p.Id).Where(p => p.StartsWith("conformity-", StringComparison.Ordinal)));
    }

    /// <summary>A resource key shown instead of its text would contain "conformity." (no page text or address does).</summary>
    private static void AssertEveryTextFound(string page)
    {
        var text = Regex.Replace(page, "<[^>]+>", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("conformity.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nav.conformity", page, StringComparison.Ordinal);
    }

    private static string? Notice(string page) =>
        Regex.Match(page, "<p class=\"notice\" role=\"status\">(.*?)</p>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The table row of one criterion of one code on the application page.</summary>
    private static string CriterionRow(string page, string code, int criterion) =>
        Regex.Match(page, $"<tr id=\"crit-{code.Replace('.', '-')}-{criterion}\".*?</tr>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Value;

    private static string ItemIdOf(string page, string code) =>
        Regex.Match(CriterionRow(page, code, 0), "name=\"ItemId\" value=\"([0-9a-f-]{36})\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;

    private static string SpecialistIdOf(string page, string name) =>
        Regex.Match(page, $"<tr data-id=\"([0-9a-f-]{{36}})\"[^>]*>\\s*<td><a href=\"/conformity/specialists/[0-9a-f-]{{36}}\">{Regex.Escape(name)}</a>", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;

    private async Task<string> GetPageAsync(Session session, string url, HttpStatusCode status = HttpStatusCode.OK) =>
        await Html.ReadPageAsync(await App.GetAsync(session, url), status);

    private async Task<PageForm> OpenFormAsync(Session session, string url)
    {
        using var response = await App.GetAsync(session, url);
        var antiforgery = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).Split(';')[0];
        return new PageForm(App, session, antiforgery, await Html.ReadPageAsync(response));
    }

    /// <summary>A page with a form, as the browser holds it: the session, the antiforgery cookie and the page's token.</summary>
    private sealed record PageForm(DemoApp App, Session Session, string Antiforgery, string Page)
    {
        public async Task<HttpResponseMessage> SendAsync(string url, params (string Name, string Value)[] fields)
        {
            using var client = App.Client();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative))
            {
                Content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", Html.AntiforgeryToken(Page))]),
            };
            request.Headers.Add("Cookie", $"{DemoApp.SessionCookie}={Session.Cookie}; {Antiforgery}");
            return await client.SendAsync(request);
        }

        /// <summary>Posts a file as a browser's multipart form does, with the page's antiforgery token.</summary>
        public async Task<HttpResponseMessage> UploadAsync(string url, string fileName, string content)
        {
            using var client = App.Client();
            var form = new MultipartFormDataContent
            {
                { new StringContent(Html.AntiforgeryToken(Page)), "__RequestVerificationToken" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)) { Headers = { ContentType = new("text/csv") } }, "Upload", fileName },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = form };
            request.Headers.Add("Cookie", $"{DemoApp.SessionCookie}={Session.Cookie}; {Antiforgery}");
            return await client.SendAsync(request);
        }

        /// <summary>Posts and expects the page again with <paramref name="status"/> (a refusal shown on the form).</summary>
        public async Task<string> PostAsync(string url, HttpStatusCode status, params (string Name, string Value)[] fields)
        {
            using var response = await SendAsync(url, fields);
            return await Html.ReadPageAsync(response, status);
        }

        /// <summary>Posts and expects a redirect (post/redirect/get); returns where to.</summary>
        public async Task<string> PostForRedirectAsync(string url, params (string Name, string Value)[] fields)
        {
            using var response = await SendAsync(url, fields);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: {(int)response.StatusCode} {Html.Problem(System.Net.WebUtility.HtmlDecode(body)) ?? body[..Math.Min(body.Length, 400)]}");
            return response.Headers.Location!.OriginalString;
        }
    }
}
