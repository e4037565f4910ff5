using System.Text.Json;
using System.Text.RegularExpressions;
using Joldama.Application.Access;
using Joldama.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Joldama.E2E;

/// <summary>
/// Sign-in, the home page of each role, the administration pages and the audit search in a real
/// Chromium, against the app in the Demo environment (README's demo accounts; lock-out after
/// <see cref="WebAppServer.MaxFailedAttempts"/> wrong passwords; SMS codes in a file). Each test uses
/// accounts no other test signs in with wrongly, so that the order of the tests does not matter.
/// </summary>
[Trait("Category", "E2E")]
[Collection(E2ECollection.Name)]
public sealed class AccessUiTests(E2EFixture fixture)
{
    private const string PatientIin = "900101300017";
    private const string PatientPhone = "+77011234567";

    private static string Password => E2EFixture.DemoPassword;

    [Fact]
    public async Task SignIn_ClinicianThenAuditor_EachSeesTheirRolesHomePageInBothLanguages()
    {
        await using var session = await fixture.NewSessionAsync("home-roles");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/");
            await Expect(page.Locator("#signin-prompt")).ToBeVisibleAsync();
            await Expect(page.Locator("#signin-link")).ToHaveTextAsync("Войти");
            await session.ScreenshotAsync("public-home-ru");

            // The primary-care clinician: packages to the commission; their organization only; no audit, no users.
            await SignInForm.SignInAsync(page, "clinician", Password);
            Assert.Equal("/", new Uri(page.Url).AbsolutePath);
            await Expect(page.Locator("#role")).ToHaveTextAsync("Врач ПМСП");
            await Expect(page.Locator("#who")).ToHaveTextAsync("clinician — Врач ПМСП");
            await Expect(page.Locator("#duties")).ToContainTextAsync("направляет его в комиссию ВТМП");
            await Expect(page.Locator("#duties")).ToContainTextAsync("в течение 1 рабочего дня");
            await Expect(page.Locator("#home-reach")).ToHaveTextAsync("ваша организация");
            await Expect(page.Locator("#home-organization")).ToHaveTextAsync("Городская поликлиника № 1 г. Караганды");
            await ExpectPagesAsync(page, "catalog", "funding", "calendar", "identifiers", "organizations", "conformity-register", "referrals", "referrals-new", "abroad", "abroad-new");
            await Expect(page.Locator("nav a[data-nav='audit']")).ToHaveCountAsync(0);
            await Expect(page.Locator("#signin-link")).ToHaveCountAsync(0);
            await session.ScreenshotAsync("clinician-home-ru");

            await page.Locator("#lang-kk").ClickAsync();
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("#role")).ToHaveTextAsync("МСАК дәрігері");
            await Expect(page.Locator("#duties")).ToContainTextAsync("ЖТМК комиссиясына жібереді");
            await Expect(page.Locator("#signout")).ToHaveTextAsync("Шығу");
            await Expect(page.Locator("#pages a[data-page='organizations']")).ToHaveTextAsync("Ұйымдар");
            await session.ScreenshotAsync("clinician-home-kk");

            // Sign out (a POST form with its antiforgery token): the public home again.
            await page.Locator("#signout").ClickAsync();
            await Expect(page.Locator("#signin-link")).ToHaveTextAsync("Кіру");
            await Expect(page.Locator("#role")).ToHaveCountAsync(0);
            await Expect(page.Locator("#who")).ToHaveCountAsync(0);

            // The auditor: the audit log and its verification, users; the whole country.
            await SignInForm.SignInAsync(page, "auditor", Password);
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("#role")).ToHaveTextAsync("Аудитор");
            await Expect(page.Locator("#duties")).ToContainTextAsync("Аудит журналынан");
            await Expect(page.Locator("#home-reach")).ToHaveTextAsync("бүкіл ел");
            await ExpectPagesAsync(page, "catalog", "funding", "calendar", "identifiers", "organizations", "users", "audit", "audit-verify");
            await Expect(page.Locator("nav a[data-nav='audit']")).ToHaveTextAsync("Аудит журналы");
            await session.ScreenshotAsync("auditor-home-kk");

            await page.Locator("#lang-ru").ClickAsync();
            await ExpectLanguageAsync(page, "ru");
            await Expect(page.Locator("#who")).ToHaveTextAsync("auditor — Аудитор");
            await Expect(page.Locator("#duties")).ToContainTextAsync("Выгружает журнал в CSV.");
            await Expect(page.Locator("#pages a[data-page='audit']")).ToHaveTextAsync("Журнал аудита");
            await session.ScreenshotAsync("auditor-home-ru");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task SignIn_WrongPassword_ClearMessageInBothLanguages_ThenRightPasswordIgnoresForeignReturnUrl()
    {
        await using var session = await fixture.NewSessionAsync("wrong-password");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/account/signin?returnUrl=" + Uri.EscapeDataString("https://example.org/phish"));
            await ExpectLanguageAsync(page, "ru");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Вход в Жолдаму");
            await page.Locator("#login").FillAsync("analyst");
            await page.Locator("#password").FillAsync("not-the-password-1");
            await page.Locator("#signin").ClickAsync();

            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Неверный логин или пароль.");
            await Expect(page.Locator("#login")).ToHaveValueAsync("analyst");
            await Expect(page.Locator("#password")).ToHaveValueAsync(string.Empty);
            await Expect(page.Locator("#who")).ToHaveCountAsync(0);
            await session.ScreenshotAsync("wrong-password-ru");

            await page.Locator("#lang-kk").ClickAsync();
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Жолдамаға кіру");
            await page.Locator("#login").FillAsync("analyst");
            await page.Locator("#password").FillAsync("still-not-the-password");
            await page.Locator("#signin").ClickAsync();
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Логин немесе құпиясөз қате.");
            await session.ScreenshotAsync("wrong-password-kk");

            // The right password (before the lock-out): home, not the foreign returnUrl.
            await page.Locator("#password").FillAsync(Password);
            await page.Locator("#signin").ClickAsync();
            await Expect(page.Locator("#role")).ToHaveTextAsync("Денсаулық сақтау басқармасының талдаушысы");
            Assert.Equal(fixture.BaseAddress.Authority, new Uri(page.Url).Authority);
            Assert.Equal("/", new Uri(page.Url).AbsolutePath);
            await session.ScreenshotAsync("signed-in-kk");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task SignIn_ConfiguredNumberOfWrongPasswords_LocksOutAndRefusesEvenTheRightPassword()
    {
        await using var session = await fixture.NewSessionAsync("lockout");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/account/signin");
            for (var attempt = 1; attempt < WebAppServer.MaxFailedAttempts; attempt++)
            {
                await SignInForm.SubmitAsync(page, "inspector-2", $"wrong-password-{attempt}");
                await Expect(page.Locator("p.problem")).ToHaveTextAsync("Неверный логин или пароль.");
            }

            await session.ScreenshotAsync("before-last-attempt");
            await SignInForm.SubmitAsync(page, "inspector-2", "wrong-password-last");
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Слишком много неудачных попыток: вход заблокирован на 15 мин.");
            await session.ScreenshotAsync("locked-ru");

            await SignInForm.SubmitAsync(page, "inspector-2", Password);
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Слишком много неудачных попыток: вход заблокирован на 15 мин.");
            await Expect(page.Locator("#who")).ToHaveCountAsync(0);
            Assert.Equal("/account/signin", new Uri(page.Url).AbsolutePath);

            await page.Locator("#lang-kk").ClickAsync();
            await SignInForm.SubmitAsync(page, "inspector-2", Password);
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Сәтсіз әрекеттер тым көп: кіру 15 минутқа бұғатталды.");
            await session.ScreenshotAsync("locked-right-password-kk");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task PatientSignIn_IinThenCodeFromSms_SignsInAsPatient_IinNeverInUrl()
    {
        await using var session = await fixture.NewSessionAsync("patient");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/account/signin");
            await page.Locator("#patient-link").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Вход для пациента");
            await page.Locator("#iin").FillAsync("9001 0130 0017");
            await session.ScreenshotAsync("iin-entered");
            await SmsSink.WaitUntilCodeMayBeSentAsync(fixture.SmsSinkPath, PatientPhone);
            await page.Locator("#send-code").ClickAsync();

            await Expect(page.Locator("p.notice")).ToHaveTextAsync("Если этот ИИН зарегистрирован, на его телефон отправлен код из 6 цифр.");
            await Expect(page.Locator("#code-for")).ToContainTextAsync("90******0017");
            AssertNotInUrl(page, PatientIin);
            await session.ScreenshotAsync("code-step");

            var code = await ReadSmsCodeAsync(PatientPhone);
            await page.Locator("#code").FillAsync(code == "000000" ? "111111" : "000000");
            await page.Locator("#verify-code").ClickAsync();
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Код неверный или устарел. Запросите новый.");
            await Expect(page.Locator("#code")).ToHaveValueAsync(string.Empty);
            AssertNotInUrl(page, PatientIin);
            await session.ScreenshotAsync("wrong-code");

            await page.Locator("#code").FillAsync(code);
            await page.Locator("#verify-code").ClickAsync();
            await Expect(page.Locator("#role")).ToHaveTextAsync("Пациент");
            await Expect(page.Locator("#whoami")).ToContainTextAsync("90******0017");
            await Expect(page.Locator("#home-reach")).ToHaveTextAsync("только ваши собственные данные");
            await Expect(page.Locator("#duties")).ToContainTextAsync("Видит своё направление");
            await ExpectPagesAsync(page, "catalog", "funding", "calendar", "cabinet");
            await Expect(page.Locator("nav a[data-nav='organizations']")).ToHaveCountAsync(0);
            AssertNotInUrl(page, PatientIin);
            Assert.DoesNotContain(PatientIin, await page.ContentAsync(), StringComparison.Ordinal);
            await session.ScreenshotAsync("patient-home-ru");

            // A patient is no member of staff: the organizations page is refused.
            var response = await page.GotoAsync("/admin/organizations");
            Assert.Equal(403, response?.Status);
            await Expect(page.Locator("#denied")).ToHaveTextAsync("Вашей роли эта страница недоступна.");
            await session.ScreenshotAsync("patient-denied");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task Auditor_SearchesTheFailedSignIns_ByLoginAndByIinInPost_ExportsAndVerifiesTheChain()
    {
        // Someone tries the fund officer's account with wrong passwords (fewer than lock out).
        await using (var intruder = await fixture.NewSessionAsync("audit-intruder"))
        {
            await intruder.RunAsync(async page =>
            {
                await page.GotoAsync("/account/signin");
                for (var attempt = 1; attempt < WebAppServer.MaxFailedAttempts; attempt++)
                {
                    await SignInForm.SubmitAsync(page, "fund", $"guess-number-{attempt}");
                    await Expect(page.Locator("p.problem")).ToHaveTextAsync("Неверный логин или пароль.");
                }
            });
        }

        await using var session = await fixture.NewSessionAsync("audit");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/audit");
            Assert.Equal("/account/signin", new Uri(page.Url).AbsolutePath);
            await SignInForm.SubmitAsync(page, "auditor", Password);
            Assert.Equal("/audit", new Uri(page.Url).AbsolutePath);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Журнал аудита");
            await Expect(page.Locator("#records tbody tr").First).ToBeVisibleAsync();
            await session.ScreenshotAsync("latest");

            // A date the filter cannot read: said so, next to the field.
            await page.Locator("#from").FillAsync("2026-13-01");
            await page.Locator("#search").ClickAsync();
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Дата «с» — в виде ГГГГ-ММ-ДД, например 2026-03-02.");
            await Expect(page.Locator("#from")).ToHaveAttributeAsync("aria-invalid", "true");

            await page.Locator("#from").FillAsync(string.Empty);
            await page.Locator("#login").FillAsync("fund");
            await page.Locator("#outcome").SelectOptionAsync("denied");
            await page.Locator("#search").ClickAsync();
            var rows = page.Locator("#records tbody tr");
            await Expect(rows.First).ToBeVisibleAsync();
            Assert.True(await rows.CountAsync() >= WebAppServer.MaxFailedAttempts - 1, "the failed sign-ins of 'fund' are not all listed");
            foreach (var row in await rows.AllAsync())
            {
                await Expect(row.Locator("td.login")).ToHaveTextAsync("fund");
                await Expect(row.Locator("code.action")).ToHaveTextAsync("auth.signin");
                await Expect(row.Locator("td.outcome")).ToHaveTextAsync("отказано");
            }

            await Expect(rows.First).ToContainTextAsync("Сотрудник ФСМС");
            await Expect(rows.First).ToContainTextAsync("вход по паролю");
            await Expect(page.Locator("#login")).ToHaveValueAsync("fund");
            await session.ScreenshotAsync("failed-signins-of-fund");

            // The export of the same filter (a GET without the IIN), with the auditor's session.
            var exportHref = await page.Locator("#export").GetAttributeAsync("href");
            Assert.Equal("/api/audit/export?login=fund&outcome=denied", exportHref);
            var export = await page.Context.APIRequest.GetAsync(exportHref!);
            Assert.Equal(200, export.Status);
            var csv = await export.TextAsync();
            Assert.StartsWith("sequence,at_utc,login,role", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
            Assert.Contains(",fund,FundOfficer,", csv, StringComparison.Ordinal);

            // By the patient's IIN: a POST; the search itself is recorded, so the second search finds the first.
            await page.Locator("#login").FillAsync(string.Empty);
            await page.Locator("#outcome").SelectOptionAsync(string.Empty);
            await page.Locator("#iin").FillAsync(PatientIin);
            await page.Locator("#search").ClickAsync();
            await Expect(page.Locator("#audit-count")).ToContainTextAsync("Найдено:");
            await page.Locator("#search").ClickAsync();
            var search = page.Locator("#records tbody tr", new() { Has = page.Locator("code.action", new() { HasText = "audit.search" }) }).First;
            await Expect(search).ToBeVisibleAsync();
            await Expect(search.Locator("td.login")).ToHaveTextAsync("auditor");
            await Expect(search).ToContainTextAsync("90******0017");
            AssertNotInUrl(page, PatientIin);
            Assert.Equal("/api/audit/export", await page.Locator("#export").GetAttributeAsync("href"));
            await session.ScreenshotAsync("search-by-iin");

            // Verify the chain.
            await page.Locator("#verify").ClickAsync();
            await Expect(page.Locator("#verification-state")).ToHaveTextAsync("Цепочка цела");
            await Expect(page.Locator("#verification")).ToContainTextAsync("Проверено записей:");
            await session.ScreenshotAsync("chain-intact-ru");

            await page.Locator("#lang-kk").ClickAsync();
            await ExpectLanguageAsync(page, "kk");
            await page.Locator("#verify").ClickAsync();
            await Expect(page.Locator("#verification-state")).ToHaveTextAsync("Тізбек бүтін");
            await session.ScreenshotAsync("chain-intact-kk");

            await page.GotoAsync("/audit");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Аудит журналы");
            await page.Locator("#login").FillAsync("fund");
            await page.Locator("#search").ClickAsync();
            await Expect(page.Locator("#records tbody tr td.outcome").First).ToHaveTextAsync("бас тартылды");
            await Expect(page.Locator("#records thead")).ToContainTextAsync("Уақыты (Қазақстан)");
            await session.ScreenshotAsync("failed-signins-kk");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task Administrator_RegistersOrganization_MalformedBinLocalizedThenValidThenDuplicate_CsvImportRowErrors()
    {
        var newBin = DemoSeed.DemoBin(4242);
        await using var session = await fixture.NewSessionAsync("admin-organizations");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/account/signin?returnUrl=" + Uri.EscapeDataString("/admin/organizations"));
            await SignInForm.SubmitAsync(page, "admin", Password);
            Assert.Equal("/admin/organizations", new Uri(page.Url).AbsolutePath);
            await Expect(page.Locator("#organizations tbody tr")).ToHaveCountAsync(12);
            await Expect(page.Locator("#export")).ToHaveAttributeAsync("href", "/api/organizations/export");
            await session.ScreenshotAsync("list-ru");

            // A BIN one digit short: the form says so in Russian and keeps what was typed.
            await FillOrganizationAsync(page, newBin[..11], "Ұлттық трансплантология орталығы", "Национальный центр трансплантологии", "astana");
            await page.Locator("#create-submit").ClickAsync();
            await Expect(page.Locator("#create p.problem")).ToHaveTextAsync("В номере 11 символов, а нужно ровно 12 цифр.");
            await Expect(page.Locator("#bin")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator("#name-ru")).ToHaveValueAsync("Национальный центр трансплантологии");
            await Expect(page.Locator("#region")).ToHaveValueAsync("astana");
            await Expect(page.Locator($"#organizations tr[data-bin='{newBin}']")).ToHaveCountAsync(0);
            await session.ScreenshotAsync("malformed-bin-ru");

            // The same mistake in Kazakh.
            await page.Locator("#lang-kk").ClickAsync();
            await ExpectLanguageAsync(page, "kk");
            await FillOrganizationAsync(page, newBin[..11], "Ұлттық трансплантология орталығы", "Национальный центр трансплантологии", "astana");
            await page.Locator("#create-submit").ClickAsync();
            await Expect(page.Locator("#create p.problem")).ToHaveTextAsync("Нөмірде 11 таңба, ал дәл 12 цифр керек.");
            await session.ScreenshotAsync("malformed-bin-kk");

            // The valid BIN: registered, listed and marked.
            await page.Locator("#bin").FillAsync(newBin);
            await page.Locator("#create-submit").ClickAsync();
            await Expect(page.Locator("p.notice")).ToHaveTextAsync("«Ұлттық трансплантология орталығы» ұйымы тіркелді.");
            var created = page.Locator($"#organizations tr[data-bin='{newBin}']");
            await Expect(created).ToHaveClassAsync("highlight");
            await Expect(created).ToContainTextAsync("Астана");
            await Expect(created).ToContainTextAsync("республикалық");
            await Expect(page.Locator("#organizations tbody tr")).ToHaveCountAsync(13);
            await session.ScreenshotAsync("created-kk");

            // Again: a duplicate, refused.
            await page.Locator("#lang-ru").ClickAsync();
            await FillOrganizationAsync(page, newBin, "Қайталау", "Повтор", "astana");
            await page.Locator("#create-submit").ClickAsync();
            await Expect(page.Locator("#create p.problem")).ToHaveTextAsync($"Организация с БИН {newBin} уже зарегистрирована.");
            await Expect(page.Locator("#organizations tbody tr")).ToHaveCountAsync(13);
            await session.ScreenshotAsync("duplicate-ru");

            // A CSV file with one good row and two bad ones: every bad row listed, nothing imported.
            var goodBin = DemoSeed.DemoBin(4243);
            var file = string.Join('\n',
                "bin,name_kk,name_ru,region,kind,level",
                $"{goodBin},Жаңа емхана,Новая поликлиника,karaganda,PrimaryCare,Regional",
                $"{DemoSeed.DemoBin(4244)},Марс ауруханасы,Больница на Марсе,mars,HtmcProvider,Regional",
                "12345,Қате,Ошибка,karaganda,PrimaryCare,Regional",
                string.Empty);
            await page.Locator("#file").SetInputFilesAsync(new FilePayload
            {
                Name = "organizations.csv",
                MimeType = "text/csv",
                Buffer = System.Text.Encoding.UTF8.GetBytes(file),
            });
            await page.Locator("#import-submit").ClickAsync();
            await Expect(page.Locator("#import p.problem")).ToHaveTextAsync("В файле ошибок в строках: 2. Ничего не импортировано.");
            var errors = page.Locator("#import-errors tbody tr");
            await Expect(errors).ToHaveCountAsync(2);
            await Expect(errors.Nth(0).Locator("td").Nth(0)).ToHaveTextAsync("3");
            await Expect(errors.Nth(0).Locator("td").Nth(1)).ToHaveTextAsync("«mars» — не регион Казахстана, известный Жолдаме.");
            await Expect(errors.Nth(1).Locator("td").Nth(0)).ToHaveTextAsync("4");
            await Expect(errors.Nth(1).Locator("td").Nth(1)).ToHaveTextAsync("В номере 5 символов, а нужно ровно 12 цифр.");
            await Expect(page.Locator($"#organizations tr[data-bin='{goodBin}']")).ToHaveCountAsync(0);
            await Expect(page.Locator("#organizations tbody tr")).ToHaveCountAsync(13);
            await session.ScreenshotAsync("import-rejected-ru");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task Administrator_CreatesUser_RoleThatDoesNotFitTheOrganizationRefusedThenCreated_PatientIinMasked()
    {
        await using var session = await fixture.NewSessionAsync("admin-users");
        await session.RunAsync(async page =>
        {
            await SignInForm.SignInAsync(page, "admin", Password);
            await page.Locator("nav a[data-nav='users']").ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Пользователи");
            var patientRow = page.Locator("#users tr[data-login='patient']");
            await Expect(patientRow).ToContainTextAsync("90******0017");
            Assert.DoesNotContain(PatientIin, await page.ContentAsync(), StringComparison.Ordinal);
            await session.ScreenshotAsync("list-ru");

            // A commission member in a polyclinic: the role belongs to a health department.
            await page.Locator("#login").FillAsync("new-commission");
            await page.Locator("#display-name").FillAsync("Айгүл Серікқызы");
            await page.Locator("#role").SelectOptionAsync("CommissionMember");
            await page.Locator("#organization").SelectOptionAsync(new SelectOptionValue { Label = "Городская поликлиника № 1 г. Караганды (ПМСП (организация прикрепления))" });
            await page.Locator("#password").FillAsync("a-long-enough-passphrase");
            await page.Locator("#create-submit").ClickAsync();
            await Expect(page.Locator("#create p.problem")).ToHaveTextAsync(
                "Роль «Член комиссии ВТМП» назначается только в организации вида «управление здравоохранения (комиссия ВТМП)».");
            await Expect(page.Locator("#role")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator("#password")).ToHaveValueAsync(string.Empty);
            await session.ScreenshotAsync("role-not-for-organization-ru");

            await page.Locator("#organization").SelectOptionAsync(new SelectOptionValue { Label = "Управление здравоохранения (Караганды) (управление здравоохранения (комиссия ВТМП))" });
            await page.Locator("#password").FillAsync("a-long-enough-passphrase");
            await page.Locator("#create-submit").ClickAsync();
            await Expect(page.Locator("p.notice")).ToHaveTextAsync("Пользователь «new-commission» создан.");
            var created = page.Locator("#users tr[data-login='new-commission']");
            await Expect(created).ToContainTextAsync("Член комиссии ВТМП");
            await Expect(created).ToContainTextAsync("Управление здравоохранения (Караганды)");
            await session.ScreenshotAsync("created-ru");

            // The patient's account: a read of patient data, with the IIN masked.
            await patientRow.Locator("a").ClickAsync();
            await Expect(page.Locator("#user")).ToContainTextAsync("90******0017");
            await Expect(page.Locator("#user")).ToContainTextAsync("Пациент");
            await session.ScreenshotAsync("patient-account-ru");

            await page.Locator("#lang-kk").ClickAsync();
            await Expect(page.Locator("#user")).ToContainTextAsync("Пациенттің ЖСН");
            await page.Locator("#user a").ClickAsync();
            await Expect(page.Locator("#organization")).ToContainTextAsync("Қарағанды облысы");
            await Expect(page.Locator("#org-users")).ToContainTextAsync("clinician");
            await session.ScreenshotAsync("organization-kk");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task Access_SignedOutVisitGoesToSignIn_OtherRegionsOrganizationIs404_PageWithoutPermissionIs403()
    {
        await using var session = await fixture.NewSessionAsync("reach");
        await session.RunAsync(async page =>
        {
            // Signed out: to the sign-in page, and back after signing in.
            await page.GotoAsync("/admin/organizations");
            Assert.Equal("/account/signin", new Uri(page.Url).AbsolutePath);
            await SignInForm.SubmitAsync(page, "commission-2", Password);
            Assert.Equal("/admin/organizations", new Uri(page.Url).AbsolutePath);

            // A commission member of Pavlodar sees Pavlodar's organizations only, and no form.
            var regions = await page.Locator("#organizations tbody tr td:nth-child(3)").AllInnerTextsAsync();
            Assert.NotEmpty(regions);
            Assert.All(regions, region => Assert.Equal("Павлодарская область", region));
            await Expect(page.Locator("#create-form")).ToHaveCountAsync(0);
            await session.ScreenshotAsync("pavlodar-organizations");
            var pavlodar = await page.Locator("#organizations tbody tr a").First.GetAttributeAsync("href");
            Assert.NotNull(pavlodar);
            await page.GotoAsync(pavlodar);
            await Expect(page.Locator("#organization")).ToContainTextAsync("Павлодарская область");

            await page.Locator("#signout").ClickAsync();
            await page.GotoAsync("/account/signin");
            await SignInForm.SubmitAsync(page, "commission", Password);
            await Expect(page.Locator("#role")).ToHaveTextAsync("Член комиссии ВТМП");
            await Expect(page.Locator("#duties")).ToContainTextAsync("в течение 2 рабочих дней");
            await session.ScreenshotAsync("commission-home");

            // The same organization, for Karaganda's commission, does not exist.
            var response = await page.GotoAsync(pavlodar);
            Assert.Equal(404, response?.Status);
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Организация не найдена.");
            await Expect(page.Locator("#organization")).ToHaveCountAsync(0);
            await session.ScreenshotAsync("other-region-404");

            // A page the role has no permission for.
            response = await page.GotoAsync("/admin/users");
            Assert.Equal(403, response?.Status);
            Assert.Equal("/account/denied", new Uri(page.Url).AbsolutePath);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Нет доступа");
            await session.ScreenshotAsync("users-denied-ru");

            await page.Locator("#lang-kk").ClickAsync();
            await Expect(page.Locator("#denied")).ToHaveTextAsync("Бұл бет сіздің рөліңізге қолжетімді емес.");
            await session.ScreenshotAsync("users-denied-kk");

            AssertNoErrors(session);
        });
    }

    private static async Task FillOrganizationAsync(IPage page, string bin, string nameKk, string nameRu, string region)
    {
        await page.Locator("#bin").FillAsync(bin);
        await page.Locator("#name-kk").FillAsync(nameKk);
        await page.Locator("#name-ru").FillAsync(nameRu);
        await page.Locator("#region").SelectOptionAsync(region);
        await page.Locator("#kind").SelectOptionAsync("HtmcProvider");
        await page.Locator("#level").SelectOptionAsync("Republican");
    }

    private static async Task ExpectPagesAsync(IPage page, params string[] pages) =>
        Assert.Equal(pages, await page.Locator("#pages a[data-page]").EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.page)"));

    /// <summary>The newest 6-digit code the app's SMS sink holds for <paramref name="phone"/>.</summary>
    private async Task<string> ReadSmsCodeAsync(string phone)
    {
        for (var wait = 0; wait < 50; wait++)
        {
            if (File.Exists(fixture.SmsSinkPath))
            {
                var lines = await File.ReadAllLinesAsync(fixture.SmsSinkPath);
                var text = lines.Where(l => l.Length > 0)
                    .Select(l => JsonDocument.Parse(l).RootElement)
                    .Where(m => m.GetProperty("phone").GetString() == phone)
                    .Select(m => m.GetProperty("text").GetString())
                    .LastOrDefault();
                if (text is not null)
                {
                    return Regex.Match(text, @"\b\d{6}\b").Value;
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No SMS to {phone} in {fixture.SmsSinkPath}.");
    }

    private static async Task ExpectLanguageAsync(IPage page, string lang) =>
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);

    private static void AssertNotInUrl(IPage page, string number) =>
        Assert.DoesNotContain(number, Uri.UnescapeDataString(page.Url).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

    private static void AssertNoErrors(BrowserSession session)
    {
        Assert.True(session.ServerErrors.Count == 0, "server errors: " + string.Join("; ", session.ServerErrors));
        Assert.True(session.PageErrors.Count == 0, "page errors: " + string.Join("; ", session.PageErrors));
    }
}
