using System.Globalization;
using System.Text;
using Joldama.Application.Law;
using Joldama.Domain.Shared;
using Joldama.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Joldama.E2E;

/// <summary>
/// Treatment abroad (issue 6, order No. 544, the current scheme of seed 003) in a real Chromium, once in Russian and once
/// in Kazakh: the clinic applies for the demo patient (900101300017, attached to the demo clinic) and uploads the ID copy
/// and the extract; the health department (secretary) uploads the petition and the medical conclusion; the working body
/// sends the package; the chief specialist concludes it is expedient; the working body asks a foreign clinic, records its
/// answer, schedules the commission's session and sends the list; the commission selects the clinic agreed with the
/// patient; the working body records the contract. And an applicant who arranged the treatment alone is refused on the
/// form. The server runs on the real clock: the session is set on today's date when today is a working day (the law's
/// calendar says); on a day off the commission's session is the next working day, and the test checks the case waits
/// for it (the selection needs a session that has been held).
/// </summary>
[Trait("Category", "E2E")]
[Collection(E2ECollection.Name)]
public sealed class AbroadUiTests(E2EFixture fixture)
{
    private const string PatientIin = "900101300017";

    private static string Password => E2EFixture.DemoPassword;

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task Abroad_ApplicationToContract_EveryPartyThroughTheUi(string lang)
    {
        var ru = lang == "ru";
        var today = TimeProvider.System.TodayInKazakhstan();
        var session = NextWorkingDay(today);
        var held = session == today;
        var clinic = ru ? "Universitätsklinikum Essen" : "Asan Medical Center";
        var caseUrl = string.Empty;

        await using (var clinician = await fixture.NewSessionAsync($"abroad-clinic-{lang}"))
        {
            await clinician.RunAsync(async page =>
            {
                await SignInAsync(page, "clinician", lang);
                await page.Locator("nav a[data-nav='abroad']").ClickAsync();
                await page.Locator("#new-abroad").ClickAsync();
                await page.Locator("#iin").FillAsync(PatientIin);
                await page.Locator("#find-patient").ClickAsync();
                await Expect(page.Locator("#patient-name")).ToContainTextAsync("Сейітқали Айгүл");
                await page.Locator("#category").SelectOptionAsync("citizen");
                await page.Locator("#indication").SelectOptionAsync("keratoprosthesis");
                await page.Locator("#diagnosis").FillAsync(ru ? "Двустороннее помутнение роговицы" : "Екі жақты мүйізқабықтың бұлыңғырлануы");
                await page.Locator("#indications-confirmed").CheckAsync();
                if (!ru)
                {
                    // The Kazakh case goes before an extraordinary session: its treatment must continue (seed 003 line 223).
                    await page.Locator("#continuation-of-treatment").CheckAsync();
                }

                await clinician.ScreenshotAsync("application");
                await page.Locator("#create-abroad").ClickAsync();
                await Expect(page.Locator("#case-status")).ToHaveAttributeAsync("data-status", "InProgress");
                await Expect(page.Locator("#case-step")).ToHaveAttributeAsync("data-step", "1");
                await Expect(page.Locator("#eligibility-basis")).ToHaveTextAsync(ru ? "заболевание из перечня приказа № 544" : "№ 544 бұйрық тізбесіндегі ауру");
                caseUrl = new Uri(page.Url).AbsolutePath;

                // Completing before the files: what is missing, on the form.
                await page.Locator("#complete-step").ClickAsync();
                await Expect(page.Locator("#actions p.problem")).ToContainTextAsync(ru ? "копия удостоверения личности" : "жеке куәліктің көшірмесі");
                await UploadAsync(page, "id-copy", "medical-record-extract");
                await CompleteAsync(page, 1);
                await clinician.ScreenshotAsync("sent-to-health-department");
                AssertNoErrors(clinician);
            });
        }

        await ActAsync("secretary", lang, caseUrl, async page =>
        {
            await UploadAsync(page, "petition", "medical-conclusion");
            await Expect(page.Locator("#step-ready")).ToBeVisibleAsync();
            await CompleteAsync(page, 2);
        });

        await ActAsync("abroad", lang, caseUrl, page => CompleteAsync(page, 3));

        await ActAsync("chief-specialist", lang, caseUrl, async page =>
        {
            await UploadAsync(page, "expediency-conclusion");
            await page.Locator("#expedient-yes").CheckAsync();
            await CompleteAsync(page, 4);
        });

        await ActAsync("abroad", lang, caseUrl, async page =>
        {
            await page.Locator("#request-clinic").FillAsync(clinic);
            await page.Locator("#request-country").FillAsync(ru ? "DE" : "KR");
            await page.Locator("#request-submit").ClickAsync();
            await Expect(page.Locator("#offer-list tr[data-offer]")).ToHaveCountAsync(1);
            await CompleteAsync(page, 5);

            var answer = page.Locator(".answer-form").First;
            await answer.Locator(".answer-program").FillAsync(ru ? "Кератопротезирование, 14 дней" : "Кератопротездеу, 14 күн");
            await answer.Locator(".answer-currency").FillAsync(ru ? "EUR" : "USD");
            await answer.Locator(".answer-amount").FillAsync(ru ? "48 000,50" : "39000");
            await answer.Locator(".answer-submit").ClickAsync();
            await Expect(page.Locator("#offer-list tr[data-offer] .amount")).ToHaveTextAsync(ru ? "48\u00a0000.50 EUR" : "39\u00a0000.00 USD");
            await CompleteAsync(page, 6);

            // The commission's calendar: the session (monthly for the Russian case, extraordinary for the Kazakh one).
            await page.Locator("#abroad-tabs a[data-tab='sessions']").ClickAsync();
            await page.Locator("#session-date").FillAsync(Iso(session));
            await page.Locator("#session-kind").SelectOptionAsync(ru ? "regular" : "extraordinary");
            if (!ru)
            {
                await page.Locator("#session-reason").FillAsync("Емді жалғастыру қажет");
            }

            await page.Locator("#schedule-session").ClickAsync();
            await Expect(page.Locator("p.notice")).ToBeVisibleAsync();
            await Expect(page.Locator($"#sessions tr[data-date='{Iso(session)}'][data-kind='{(ru ? "Regular" : "Extraordinary")}']")).ToHaveCountAsync(1);

            await page.GotoAsync(caseUrl);
            await CompleteAsync(page, 7);
            await Expect(page.Locator("#case-session")).ToContainTextAsync(Date(session));
            await page.Locator("#case-agenda").ClickAsync();
            await Expect(page.Locator($"#agenda li[data-number]", new() { HasText = clinic })).ToHaveCountAsync(1);
            await Expect(page.Locator("#agenda-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/api/abroad/sessions/[0-9a-f-]{36}/agenda\\.csv$"));
        });

        if (!held)
        {
            // A day off today: the session is ahead, and the commission cannot select before it has sat.
            await ActAsync("abroad-commission", lang, caseUrl, async page =>
            {
                await Expect(page.Locator("#missing")).ToContainTextAsync(ru ? "заседание комиссии" : "комиссия отырысы");
                await page.Locator("#selection input[type='radio']").First.CheckAsync();
                await page.Locator("#patient-agreed").CheckAsync();
                await page.Locator("#protocol-number").FillAsync("П-" + lang);
                await page.Locator("#complete-step").ClickAsync();
                await Expect(page.Locator("#actions p.problem")).ToBeVisibleAsync();
                await Expect(page.Locator("#case-step")).ToHaveAttributeAsync("data-step", "8");
            });
            return;
        }

        await ActAsync("abroad-commission", lang, caseUrl, async page =>
        {
            // Not agreed with the patient: refused on the form, what was typed kept.
            await page.Locator("#selection label", new() { HasText = clinic }).Locator("input").CheckAsync();
            await page.Locator("#protocol-number").FillAsync("П-" + lang);
            await page.Locator("#complete-step").ClickAsync();
            await Expect(page.Locator("#actions p.problem")).ToHaveTextAsync(ru
                ? "Выбор клиники должен быть согласован с пациентом."
                : "Клиниканы таңдау пациентпен келісілуі керек.");
            await Expect(page.Locator("#protocol-number")).ToHaveValueAsync("П-" + lang);
            await page.Locator("#selection label", new() { HasText = clinic }).Locator("input").CheckAsync();
            await page.Locator("#patient-agreed").CheckAsync();
            await CompleteAsync(page, 8);
            await Expect(page.Locator("#case-selected")).ToContainTextAsync(clinic);
        });

        await ActAsync("abroad", lang, caseUrl, async page =>
        {
            await UploadAsync(page, "contract");
            await Expect(page.Locator("#contract-currency")).ToHaveValueAsync(ru ? "EUR" : "USD");
            await Expect(page.Locator("#contract-hint")).ToContainTextAsync(ru ? "Проезд пациента и сопровождающего оплачивается из бюджета." : "жол жүруі бюджеттен төленеді");
            await page.Locator("#contract-number").FillAsync("K-" + lang.ToUpperInvariant() + "-1");
            await page.Locator("#contract-date").FillAsync(Iso(today));
            await page.Locator("#contract-amount").FillAsync(ru ? "48000,50" : "39000");
            await page.Locator("#complete-step").ClickAsync();
            await Expect(page.Locator("#case-status")).ToHaveAttributeAsync("data-status", "Contracted");
            await Expect(page.Locator("#case-status")).ToHaveTextAsync(ru ? "договор заключён" : "шарт жасалды");
            await Expect(page.Locator("#case-contract")).ToContainTextAsync(Date(today));
            await Expect(page.Locator("#timeline li[data-state='Done']")).ToHaveCountAsync(9);
            await Expect(page.Locator("#complete-form")).ToHaveCountAsync(0);
        });
    }

    [Theory]
    [InlineData("ru", "Лечение за рубежом, организованное гражданином самостоятельно, за счёт бюджета не возмещается.")]
    [InlineData("kk", "Азамат шетелге өз бетінше барып емделген жағдайда шығын бюджет есебінен өтелмейді.")]
    public async Task Abroad_SelfArrangedApplicant_RefusedOnTheForm(string lang, string refusal)
    {
        await using var clinician = await fixture.NewSessionAsync($"abroad-refused-{lang}");
        await clinician.RunAsync(async page =>
        {
            await SignInAsync(page, "clinician", lang);
            await page.GotoAsync("/abroad/new");
            await page.Locator("#iin").FillAsync(PatientIin);
            await page.Locator("#find-patient").ClickAsync();
            await page.Locator("#indication").SelectOptionAsync("tracheal-stenosis");
            await page.Locator("#diagnosis").FillAsync("Стеноз трахеи");
            await page.Locator("#self-arranged").CheckAsync();
            await page.Locator("#create-abroad").ClickAsync();
            await Expect(page.Locator("#application p.problem")).ToHaveTextAsync(refusal);
            await Expect(page.Locator("#self-arranged")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Locator("#diagnosis")).ToHaveValueAsync("Стеноз трахеи");
            Assert.EndsWith("/abroad/new", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            await clinician.ScreenshotAsync("refused");
            AssertNoErrors(clinician);
        });
    }

    /// <summary>Today, or the next working day by the law's calendar (the one the server uses).</summary>
    private static DateOnly NextWorkingDay(DateOnly from)
    {
        var calendar = LawLibrary.Load(Path.Combine(TestPaths.RepoRoot, "data")).Calendar;
        for (var day = from; day.DayNumber < from.DayNumber + 30; day = DateOnly.FromDayNumber(day.DayNumber + 1))
        {
            var working = calendar.IsWorkingDay(day);
            Assert.False(working.IsError, $"The calendar of {day.Year} is not loaded.");
            if (working.Value)
            {
                return day;
            }
        }

        throw new InvalidOperationException($"No working day within 30 days of {from}.");
    }

    private async Task ActAsync(string login, string lang, string caseUrl, Func<IPage, Task> act)
    {
        await using var session = await fixture.NewSessionAsync($"abroad-{login}-{lang}");
        await session.RunAsync(async page =>
        {
            await SignInAsync(page, login, lang);
            await page.GotoAsync(caseUrl);
            await act(page);
            await session.ScreenshotAsync("done");
            AssertNoErrors(session);
        });
    }

    private static async Task UploadAsync(IPage page, params string[] kinds)
    {
        foreach (var kind in kinds)
        {
            await page.Locator("#upload-kind").SelectOptionAsync(kind);
            await page.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = kind + ".pdf", MimeType = "application/pdf", Buffer = TinyPdf });
            await page.Locator("#upload-submit").ClickAsync();
            await Expect(page.Locator($"#document-list tr[data-kind='{kind}']")).ToHaveCountAsync(1);
        }
    }

    private static async Task CompleteAsync(IPage page, int step)
    {
        await Expect(page.Locator("#complete-step")).ToHaveAttributeAsync("data-step", step.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#complete-step").ClickAsync();
        await Expect(page.Locator("#timeline li[data-step='" + step.ToString(CultureInfo.InvariantCulture) + "']")).ToHaveAttributeAsync("data-state", "Done");
    }

    private static async Task SignInAsync(IPage page, string login, string lang)
    {
        await SignInForm.SignInAsync(page, login, Password);
        await page.Locator($"#lang-{lang}").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
    }

    /// <summary>A minimal valid PDF: a catalog and an empty page tree.</summary>
    private static readonly byte[] TinyPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static void AssertNoErrors(BrowserSession session)
    {
        Assert.True(session.ServerErrors.Count == 0, "server errors: " + string.Join("; ", session.ServerErrors));
        Assert.True(session.PageErrors.Count == 0, "page errors: " + string.Join("; ", session.PageErrors));
    }
}
