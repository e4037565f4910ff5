using System.Text.RegularExpressions;
using Joldama.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Joldama.E2E;

/// <summary>
/// The web pages in a real headless Chromium against the real app on a Kestrel socket: what a
/// user of Joldama sees, in Russian and in Kazakh. Screenshots of every step land in
/// <c>$JOLDAMA_TEST_RESULTS_DIR/screenshots</c> (else TestResults/e2e/screenshots).
/// </summary>
[Trait("Category", "E2E")]
[Collection(E2ECollection.Name)]
public sealed class WebUiTests(E2EFixture fixture)
{
    private const string CultureCookie = ".AspNetCore.Culture";

    [Fact]
    public async Task CatalogToFunding_RussianSearchSwitchedToKazakh_KeepsSearchRemembersLanguageAndDecidesOsms()
    {
        await using var session = await fixture.NewSessionAsync("journey");
        await session.RunAsync(async page =>
        {
            // 1. The catalog, in Russian by default.
            await page.GotoAsync("/catalog");
            await ExpectLanguageAsync(page, "ru");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Перечень видов ВТМП");
            await session.ScreenshotAsync("catalog-ru");

            // 2. A Russian search.
            await page.Locator("#q").FillAsync("трансплантация");
            await page.Locator("#search").ClickAsync();
            await page.WaitForURLAsync(url => Query(url).Contains("q=трансплантация", StringComparison.Ordinal));
            await ExpectResultCodesAsync(page, "33.5", "50.52");
            var countRu = await ResultCountAsync(page);
            await session.ScreenshotAsync("catalog-ru-search-transplantation");

            // 3. Switch to Kazakh: the page is Kazakh and the search is kept (returnUrl).
            await page.Locator("#lang-kk").ClickAsync();
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("h1")).ToHaveTextAsync("ЖТМК түрлерінің тізбесі");
            await Expect(page.Locator("#search")).ToHaveTextAsync("Іздеу");
            await Expect(page.Locator("nav a[data-nav='funding']")).ToHaveTextAsync("Қаржыландыру");
            await Expect(page.Locator("#lang-kk")).ToHaveClassAsync(new Regex(@"\bactive\b"));
            Assert.EndsWith("/catalog", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.Contains("q=трансплантация", Query(page.Url), StringComparison.Ordinal);
            await Expect(page.Locator("#q")).ToHaveValueAsync("трансплантация");
            await Expect(page.Locator("#count")).ToContainTextAsync("Табылды:");
            await ExpectResultCodesAsync(page, "33.5", "50.52");
            Assert.Equal(countRu, await ResultCountAsync(page));
            await session.ScreenshotAsync("catalog-kk-search-kept");

            // 4. Another page, loaded anew: Kazakh is remembered by the cookie.
            var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == CultureCookie);
            Assert.Contains("kk-KZ", Uri.UnescapeDataString(cookie.Value), StringComparison.Ordinal);
            await page.GotoAsync("/funding");
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("h1")).ToHaveTextAsync("ЖТМК-ны кім төлейді");
            await Expect(page.Locator("#decide")).ToHaveTextAsync("Анықтау");
            await session.ScreenshotAsync("funding-kk-remembered");

            // 5. Back to the results, open 50.52.
            await page.GoBackAsync();
            await ExpectLanguageAsync(page, "kk");
            await page.Locator("#results").GetByRole(AriaRole.Link, new() { Name = "50.52", Exact = true }).ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/catalog/50.52");
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("#code")).ToHaveTextAsync("50.52");
            await Expect(page.Locator("#name")).ToHaveTextAsync("Кадаврдан бауырды транспланттау");

            // The lists: Table 3 among them (Kazakh headers).
            await Expect(page.Locator("#lists thead")).ToContainTextAsync("Кесте");
            var tables = (await page.Locator("#lists tbody tr td:first-child").AllInnerTextsAsync()).Select(t => t.Trim().TrimEnd('*').Trim()).ToArray();
            Assert.Contains("3", tables);
            await Expect(page.Locator("#lists tbody tr", new() { HasTextString = "МӘМС" }).First).ToBeVisibleAsync();

            // The characteristics: staff and devices.
            var characteristic = page.Locator(".characteristic").First;
            await Expect(characteristic).ToBeVisibleAsync();
            await Expect(characteristic.Locator("h3", new() { HasTextString = "Кадрлар" })).ToBeVisibleAsync();
            await Expect(characteristic.Locator("h3", new() { HasTextString = "Медициналық бұйымдар" })).ToBeVisibleAsync();
            Assert.True(await characteristic.Locator("ul.staff > li").CountAsync() > 0, "no staff requirement shown");
            Assert.True(await characteristic.Locator("table.devices tr").CountAsync() > 0, "no device shown");
            await Expect(characteristic.Locator("ul.staff > li").First).ToContainTextAsync("маман: кемінде");
            await Expect(characteristic.Locator("table.devices tr").First).ToContainTextAsync("кемінде");
            await Expect(page.Locator("#acts li").First).ToBeVisibleAsync();
            await Expect(page.Locator("#check-funding")).ToHaveTextAsync("Қаржыландыруды тексеру");
            await session.ScreenshotAsync("code-50.52-kk-detail");

            // 6. Check funding: planned, insured.
            // Wait and click together, so that a fast navigation cannot finish before the wait starts.
            await Task.WhenAll(
                page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/funding", new() { WaitUntil = WaitUntilState.Commit }),
                page.Locator("#check-funding").ClickAsync());
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("#code")).ToHaveValueAsync("50.52");
            await page.Locator("#form").SelectOptionAsync("planned");
            await page.Locator("#insured").SelectOptionAsync("yes");
            await session.ScreenshotAsync("funding-kk-form-filled");
            await page.Locator("#decide").ClickAsync();

            var verdict = page.Locator("#verdict");
            await Expect(verdict).ToBeVisibleAsync();
            await ExpectLanguageAsync(page, "kk");
            await Expect(verdict.Locator("h2")).ToContainTextAsync("Қамтылады");
            await Expect(page.Locator("#stream")).ToContainTextAsync("МӘМС");
            await Expect(page.Locator("#explanation")).ToContainTextAsync("3-кесте");
            await Expect(verdict.Locator("code")).ToHaveTextAsync("planned-table-3");
            await session.ScreenshotAsync("funding-kk-verdict-osms");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task LanguageSwitch_ReturnUrlWithUnencodedCyrillicQuery_ReturnsToTheSearchInKazakh()
    {
        // A link written by hand or by another system: the return URL escaped once, as
        // Uri.EscapeDataString("/catalog?q=трансплантация") gives it.
        await using var session = await fixture.NewSessionAsync("lang-link");
        await session.RunAsync(async page =>
        {
            var response = await page.GotoAsync("/lang/kk?returnUrl=" + Uri.EscapeDataString("/catalog?q=трансплантация"));
            Assert.NotNull(response);
            Assert.True(response.Status < 500, $"the language switch answered {response.Status}");
            await ExpectLanguageAsync(page, "kk");
            Assert.Equal("/catalog", new Uri(page.Url).AbsolutePath);
            await Expect(page.Locator("#q")).ToHaveValueAsync("трансплантация");
            await ExpectResultCodesAsync(page, "33.5", "50.52");
            await session.ScreenshotAsync("catalog-kk");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task Funding_SharedKazakhLinkWithoutCookie_StaysKazakhAfterSubmit()
    {
        // ?lang= exists so that a shared link can choose the language; the form then submits
        // without it, and the answer must not fall back to Russian.
        await using var session = await fixture.NewSessionAsync("lang-query");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/funding?lang=kk&code=50.52");
            await ExpectLanguageAsync(page, "kk");
            await page.Locator("#form").SelectOptionAsync("planned");
            await page.Locator("#insured").SelectOptionAsync("yes");
            await session.ScreenshotAsync("form-kk");
            await page.Locator("#decide").ClickAsync();
            await Expect(page.Locator("#verdict")).ToBeVisibleAsync();
            await session.ScreenshotAsync("verdict");
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("#stream")).ToContainTextAsync("МӘМС");

            await page.Locator("nav a[data-nav='catalog']").ClickAsync();
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("h1")).ToHaveTextAsync("ЖТМК түрлерінің тізбесі");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task Funding_PlannedUninsuredOnTable1Only_PaidBasisThenEmergencyIsGobmp()
    {
        await using var session = await fixture.NewSessionAsync("funding-ru");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/funding?lang=ru");
            await ExpectLanguageAsync(page, "ru");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Кто оплачивает ВТМП");
            await page.Locator("#code").FillAsync("35.2");
            await page.Locator("#form").SelectOptionAsync("planned");
            await page.Locator("#insured").SelectOptionAsync("no");
            await session.ScreenshotAsync("form-35.2-planned-uninsured");

            await page.Locator("#decide").ClickAsync();
            var verdict = page.Locator("#verdict");
            await Expect(verdict).ToBeVisibleAsync();
            await ExpectLanguageAsync(page, "ru");
            await Expect(verdict.Locator("h2")).ToContainTextAsync("Не покрывается");
            await Expect(page.Locator("#stream")).ToContainTextAsync(new Regex("платн", RegexOptions.IgnoreCase));
            await Expect(verdict.Locator("code")).ToHaveTextAsync("planned-table-1-only");
            await Expect(page.Locator("#explanation")).ToContainTextAsync("таблице 1");
            await session.ScreenshotAsync("verdict-paid-basis");

            // The form keeps what was asked: change only the form of hospitalization.
            await Expect(page.Locator("#code")).ToHaveValueAsync("35.2");
            await Expect(page.Locator("#insured")).ToHaveValueAsync("no");
            await page.Locator("#form").SelectOptionAsync("emergency");
            await page.Locator("#decide").ClickAsync();
            await Expect(verdict.Locator("code")).ToHaveTextAsync("emergency-table-1");
            await Expect(verdict.Locator("h2")).ToHaveTextAsync(new Regex("^Покрывается"));
            await Expect(page.Locator("#stream")).ToContainTextAsync("ГОБМП");
            await Expect(page.Locator("#form")).ToHaveValueAsync("emergency");
            await session.ScreenshotAsync("verdict-emergency-gobmp");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task FundingForm_CodeWithComma_ShowsLocalizedProblemInRussianThenKazakh()
    {
        await using var session = await fixture.NewSessionAsync("bad-code");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/funding");
            await page.Locator("#code").FillAsync("35,21");
            var response = await page.RunAndWaitForResponseAsync(
                () => page.Locator("#decide").ClickAsync(),
                r => r.Request.IsNavigationRequest && new Uri(r.Url).AbsolutePath == "/funding");
            Assert.True(response.Status < 500, $"the form answered {response.Status}");

            var problem = page.Locator("p.problem");
            await Expect(problem).ToBeVisibleAsync();
            await Expect(problem).ToHaveTextAsync("«35,21» — не код ВТМП: нужны две цифры, точка и от одной до четырёх цифр, например 35.21.");
            await Expect(page.Locator("#verdict")).ToHaveCountAsync(0);
            await Expect(page.Locator("#code")).ToHaveValueAsync("35,21");
            await session.ScreenshotAsync("problem-ru");

            response = await page.RunAndWaitForResponseAsync(
                () => page.Locator("#lang-kk").ClickAsync(),
                r => r.Request.IsNavigationRequest && new Uri(r.Url).AbsolutePath == "/funding");
            Assert.True(response.Status < 500, $"the form answered {response.Status} in Kazakh");
            await ExpectLanguageAsync(page, "kk");
            await Expect(problem).ToHaveTextAsync("«35,21» — ЖТМК коды емес: екі цифр, нүкте және бірден төртке дейін цифр керек, мысалы 35.21.");
            await Expect(page.Locator("#code")).ToHaveValueAsync("35,21");
            await session.ScreenshotAsync("problem-kk");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task CatalogSearch_EmptyQuery_ShowsEnterALetterMessage()
    {
        await using var session = await fixture.NewSessionAsync("empty-search");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/catalog");
            await page.Locator("#q").FillAsync(string.Empty);
            var response = await page.RunAndWaitForResponseAsync(
                () => page.Locator("#search").ClickAsync(),
                r => r.Request.IsNavigationRequest && new Uri(r.Url).AbsolutePath == "/catalog");
            Assert.True(response.Status < 500, $"the search answered {response.Status}");
            Assert.Contains("q=", new Uri(page.Url).Query, StringComparison.Ordinal);
            await session.ScreenshotAsync("submitted-ru");

            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Введите хотя бы одну букву или цифру.");
            await Expect(page.Locator("#results")).ToHaveCountAsync(0);

            await page.Locator("#lang-kk").ClickAsync();
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Кемінде бір әріп немесе цифр енгізіңіз.");
            await session.ScreenshotAsync("problem-kk");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task CatalogCode_Unknown_ShowsNotFoundMessageWith404()
    {
        await using var session = await fixture.NewSessionAsync("unknown-code");
        await session.RunAsync(async page =>
        {
            var response = await page.GotoAsync("/catalog/99.99");
            Assert.NotNull(response);
            Assert.Equal(404, response.Status);
            await ExpectLanguageAsync(page, "ru");
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("Кода 99.99 нет ни в перечне ВТМП, ни в характеристиках.");
            await Expect(page).ToHaveTitleAsync(new Regex("^Не найдено"));
            await Expect(page.Locator("#code")).ToHaveCountAsync(0);
            await session.ScreenshotAsync("not-found-ru");

            await page.Locator("#lang-kk").ClickAsync();
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("p.problem")).ToHaveTextAsync("99.99 коды ЖТМК тізбесінде де, сипаттамаларда да жоқ.");
            await Expect(page).ToHaveTitleAsync(new Regex("^Табылмады"));
            await session.ScreenshotAsync("not-found-kk");

            AssertNoErrors(session);
        });
    }

    [Fact]
    public async Task Identifiers_InvalidThenValidIin_ShowsCheckDigitErrorThenMaskedNumberNeverInUrl()
    {
        await using var session = await fixture.NewSessionAsync("identifiers");
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/identifiers");
            await ExpectLanguageAsync(page, "ru");
            await page.Locator("#kind").SelectOptionAsync("iin");
            await page.Locator("#number").FillAsync("061211600013");
            await session.ScreenshotAsync("invalid-iin-entered-ru");
            await page.Locator("#check").ClickAsync();

            await Expect(page.Locator("p.problem")).ToHaveTextAsync(
                "Контрольная цифра не сходится: по первым 11 цифрам должна быть 2, а указана 3. Проверьте номер по документу.");
            await Expect(page.Locator("#result")).ToHaveCountAsync(0);
            AssertNotInUrl(page, "061211600013");
            await session.ScreenshotAsync("invalid-iin-check-digit-ru");

            await page.Locator("#number").FillAsync("900101300017");
            await page.Locator("#check").ClickAsync();
            var result = page.Locator("#result");
            await Expect(result).ToBeVisibleAsync();
            await Expect(page.Locator("p.problem")).ToHaveCountAsync(0);
            await Expect(result.Locator(".code")).ToHaveTextAsync("90******0017");
            await Expect(result).ToContainTextAsync("1 января 1990");
            await Expect(result).ToContainTextAsync("мужской");
            AssertNotInUrl(page, "900101300017");
            Assert.Equal("/identifiers", new Uri(page.Url).AbsolutePath);
            Assert.DoesNotContain("900101300017", await page.ContentAsync(), StringComparison.Ordinal);
            await session.ScreenshotAsync("valid-iin-masked-ru");

            // The same in Kazakh (the switch reloads the empty form: the number was never in a URL).
            await page.Locator("#lang-kk").ClickAsync();
            await ExpectLanguageAsync(page, "kk");
            await Expect(page.Locator("h1")).ToHaveTextAsync("ЖСН мен БСН тексеру");
            await page.Locator("#number").FillAsync("061211600013");
            await page.Locator("#check").ClickAsync();
            await Expect(page.Locator("p.problem")).ToHaveTextAsync(
                "Бақылау цифры сәйкес келмейді: алғашқы 11 цифр бойынша 2 болуы керек, ал 3 көрсетілген. Нөмірді құжат бойынша тексеріңіз.");
            await session.ScreenshotAsync("invalid-iin-check-digit-kk");

            await page.Locator("#number").FillAsync("900101300017");
            await page.Locator("#check").ClickAsync();
            await Expect(result.Locator("h2")).ToContainTextAsync("Нөмір дұрыс");
            await Expect(result.Locator(".code")).ToHaveTextAsync("90******0017");
            await Expect(result).ToContainTextAsync("1990");
            await Expect(result).ToContainTextAsync("жынысы: ер");
            AssertNotInUrl(page, "900101300017");
            Assert.DoesNotContain("900101300017", await page.ContentAsync(), StringComparison.Ordinal);
            await session.ScreenshotAsync("valid-iin-masked-kk");

            AssertNoErrors(session);
        });
    }

    private static async Task ExpectLanguageAsync(IPage page, string lang) =>
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);

    private static async Task ExpectResultCodesAsync(IPage page, params string[] codes)
    {
        var results = page.Locator("#results");
        await Expect(results).ToBeVisibleAsync();
        foreach (var code in codes)
        {
            await Expect(results.GetByRole(AriaRole.Link, new() { Name = code, Exact = true })).ToBeVisibleAsync();
        }
    }

    private static async Task<int> ResultCountAsync(IPage page)
    {
        var text = await page.Locator("#count").InnerTextAsync();
        var number = Regex.Match(text, @"\d+");
        Assert.True(number.Success, $"#count has no number: {text}");
        var count = int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(count, await page.Locator("#results tbody tr").CountAsync());
        return count;
    }

    /// <summary>The decoded query of a URL.</summary>
    private static string Query(string url) => Uri.UnescapeDataString(new Uri(url).Query.Replace('+', ' '));

    private static void AssertNotInUrl(IPage page, string number) =>
        Assert.DoesNotContain(number, Uri.UnescapeDataString(page.Url), StringComparison.Ordinal);

    private static void AssertNoErrors(BrowserSession session)
    {
        Assert.True(session.ServerErrors.Count == 0, "server errors: " + string.Join("; ", session.ServerErrors));
        Assert.True(session.PageErrors.Count == 0, "page errors: " + string.Join("; ", session.PageErrors));
    }
}
