using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Joldama.Domain.Shared;
using Joldama.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Joldama.E2E;

/// <summary>
/// A referral to high-tech care (issue 5, seed 001 §31–39) in a real Chromium, once in Russian and once in Kazakh: the
/// clinic opens a case for the demo patient (900101300017, attached to the demo clinic), a text file passed off as the
/// identity document is refused on its row, the four §34 documents (a tiny real PDF and PNG) go up, the patient's choice
/// and the package are sent; the commission opens a file of the package, approves with a protocol and registers; the
/// provider sets the date; the patient signs in with the SMS code and sees the referral in the cabinet.
/// </summary>
[Trait("Category", "E2E")]
[Collection(E2ECollection.Name)]
public sealed partial class ReferralUiTests(E2EFixture fixture)
{
    private const string PatientIin = "900101300017";
    private const string PatientPhone = "+77011234567";

    private static string Password => E2EFixture.DemoPassword;

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task Referral_ClinicSends_CommissionApprovesAndRegisters_ProviderSetsDate_PatientSeesItInCabinet(string lang)
    {
        var ru = lang == "ru";
        var caseUrl = string.Empty;
        await using (var clinic = await fixture.NewSessionAsync($"referral-clinic-{lang}"))
        {
            await clinic.RunAsync(async page =>
            {
                await SignInAsync(page, "clinician", lang);
                await page.Locator("#pages a[data-page='referrals-new']").ClickAsync();
                await page.Locator("#iin").FillAsync(PatientIin);
                await page.Locator("#find-patient").ClickAsync();
                await Expect(page.Locator("#patient-name")).ToContainTextAsync("Сейітқали Айгүл");
                Assert.DoesNotContain(PatientIin, page.Url, StringComparison.Ordinal);
                await page.Locator("#htmc-code").FillAsync("35.21");
                await page.Locator("#diagnosis").FillAsync("Аортальный стеноз, тяжёлый");
                await page.Locator("#specialist-conclusion").FillAsync("Показано протезирование аортального клапана (кардиохирург Ахметов Е. С.).");
                await clinic.ScreenshotAsync("case-form");
                await page.Locator("#create-referral").ClickAsync();
                await Expect(page.Locator("#case-state")).ToHaveTextAsync(ru ? "черновик" : "жоба");
                await Expect(page.Locator("#package-missing")).ToBeVisibleAsync();
                caseUrl = new Uri(page.Url).AbsolutePath;

                // A text file named like a PDF: refused on its row, in the page's language.
                var identity = page.Locator("#upload-identity-document");
                await identity.Locator("input[type='file']").SetInputFilesAsync(new FilePayload { Name = "passport.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("just text") });
                await identity.Locator("button").ClickAsync();
                await Expect(page.Locator("tr[data-kind='identity-document'] p.problem")).ToHaveTextAsync(ru
                    ? "Принимаются только файлы PDF, JPEG и PNG (проверяется содержимое файла, а не его имя)."
                    : "Тек PDF, JPEG және PNG файлдары қабылданады (файлдың атауы емес, мазмұны тексеріледі).");
                await clinic.ScreenshotAsync("wrong-file-type");

                foreach (var (kind, file) in new[] { ("identity-document", Pdf("passport.pdf")), ("hospitalization-referral", Png("referral.png")), ("medical-record-extract", Pdf("extract.pdf")), ("diagnostic-results", Png("echo.png")) })
                {
                    var form = page.Locator($"#upload-{kind}");
                    await form.Locator("input[type='file']").SetInputFilesAsync(file);
                    await form.Locator("button").ClickAsync();
                    await Expect(page.Locator($"tr[data-kind='{kind}']")).ToHaveAttributeAsync("data-present", "true");
                }

                await Expect(page.Locator("#package-complete")).ToBeVisibleAsync();
                await page.Locator("#choose-form label", new() { HasText = ru ? "Караганды" : "Қарағанды" }).Locator("input").CheckAsync();
                await page.Locator("#choose-provider").ClickAsync();
                await Expect(page.Locator("#case-provider")).ToContainTextAsync(ru ? "Караганды" : "Қарағанды");
                await clinic.ScreenshotAsync("package-complete");
                await page.Locator("#send-to-commission").ClickAsync();
                await Expect(page.Locator("#case-state")).ToHaveTextAsync(ru ? "в комиссии" : "комиссияда");
                await Expect(page.Locator("#timeline tr[data-trigger='Submit']")).ToHaveCountAsync(1);
                await clinic.ScreenshotAsync("sent");
                AssertNoErrors(clinic);
            });
        }

        var number = string.Empty;
        await using (var commission = await fixture.NewSessionAsync($"referral-commission-{lang}"))
        {
            await commission.RunAsync(async page =>
            {
                await SignInAsync(page, "commission", lang);
                await page.Locator("#pages a[data-page='referrals-queue']").ClickAsync();
                var row = page.Locator($"#referrals tr[data-id='{caseUrl.Split('/')[^1]}']");
                await Expect(row).ToHaveAttributeAsync("data-state", "SentToCommission");
                await commission.ScreenshotAsync("queue");
                await row.Locator("a").ClickAsync();

                // The package viewer: a document link opens the file itself.
                var href = await page.Locator("#package a[data-document]").First.GetAttributeAsync("href");
                var file = await page.Context.APIRequest.GetAsync(href!);
                Assert.Equal(200, file.Status);
                Assert.Equal("%PDF", Encoding.ASCII.GetString(await file.BodyAsync(), 0, 4));

                await page.Locator("#approve-protocol").FillAsync("П-" + lang);
                await page.Locator("#approve").ClickAsync();
                await Expect(page.Locator("#case-state")).ToHaveTextAsync(ru ? "одобрено" : "мақұлданды");
                await page.Locator("#register").ClickAsync();
                await Expect(page.Locator("#case-state")).ToHaveTextAsync(ru ? "зарегистрировано на портале" : "порталда тіркелді");
                number = (await page.Locator("#referral-number").InnerTextAsync()).Trim();
                await commission.ScreenshotAsync("registered");
                AssertNoErrors(commission);
            });
        }

        Assert.False(string.IsNullOrEmpty(number));
        var today = TimeProvider.System.TodayInKazakhstan(); // the server runs on the real clock
        var date = DateOnly.FromDayNumber(today.DayNumber + 7); // a plain calendar week ahead (§38 sets no minimum)
        await using (var provider = await fixture.NewSessionAsync($"referral-provider-{lang}"))
        {
            await provider.RunAsync(async page =>
            {
                await SignInAsync(page, "admission", lang);
                await page.Locator("#pages a[data-page='referrals-incoming']").ClickAsync();
                await page.Locator($"#referrals tr[data-number='{number}'] a").ClickAsync();
                await page.Locator("#hospitalization-date").FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                await page.Locator("#accept").ClickAsync();
                await Expect(page.Locator("#case-state")).ToHaveTextAsync(ru ? "дата назначена" : "күні белгіленді");
                await Expect(page.Locator("#case-date")).ToHaveTextAsync(Date(date));
                await provider.ScreenshotAsync("date-set");
                AssertNoErrors(provider);
            });
        }

        await using var patient = await fixture.NewSessionAsync($"referral-patient-{lang}");
        await patient.RunAsync(async page =>
        {
            await page.GotoAsync("/account/patient?lang=" + lang);
            await page.Locator("#iin").FillAsync(PatientIin);
            var code = await SendCodeAsync(page);
            await page.Locator("#code").FillAsync(code);
            await page.Locator("#verify-code").ClickAsync();
            await page.Locator("#pages a[data-page='cabinet']").ClickAsync();
            var row = page.Locator($"#my-referrals tr[data-number='{number}']");
            await Expect(row.Locator(".hospitalization-date")).ToHaveTextAsync(Date(date));
            await Expect(row.Locator(".state")).ToHaveTextAsync(ru ? "дата назначена" : "күні белгіленді");
            await Expect(row.Locator(".provider")).ToContainTextAsync(ru ? "Караганды" : "Қарағанды");
            await Expect(page.Locator("#how-to-get li")).ToHaveCountAsync(3);
            await Expect(page.Locator("#messages li").First).ToBeVisibleAsync();
            await patient.ScreenshotAsync("cabinet");
            AssertNoErrors(patient);
        });
    }

    private static FilePayload Pdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = TinyPdf };

    private static FilePayload Png(string name) => new() { Name = name, MimeType = "image/png", Buffer = TinyPng };

    /// <summary>A minimal valid PDF: a catalog and an empty page tree.</summary>
    private static readonly byte[] TinyPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static async Task SignInAsync(IPage page, string login, string lang)
    {
        await SignInForm.SignInAsync(page, login, Password);
        await page.Locator($"#lang-{lang}").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
    }

    /// <summary>
    /// Asks for a code and reads it from the SMS sink. A code sent less than a minute ago (another test signed the demo
    /// patient in) is refused as too soon: then the test waits out the interval and asks again.
    /// </summary>
    private async Task<string> SendCodeAsync(IPage page)
    {
        var before = SmsTo(PatientPhone).Count;
        await page.Locator("#send-code").ClickAsync();
        await Expect(page.Locator("#code")).ToBeVisibleAsync();
        if (await page.Locator("p.problem").CountAsync() > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(61));
            before = SmsTo(PatientPhone).Count;
            await page.Locator("#resend-code").ClickAsync();
            await Expect(page.Locator("p.notice")).ToBeVisibleAsync();
        }

        for (var wait = 0; wait < 50; wait++)
        {
            var sent = SmsTo(PatientPhone);
            if (sent.Count > before)
            {
                return SixDigits().Match(sent[^1]).Value;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No new SMS to {PatientPhone} in {fixture.SmsSinkPath}.");
    }

    private List<string> SmsTo(string phone) => !File.Exists(fixture.SmsSinkPath) ? [] :
        [.. File.ReadAllLines(fixture.SmsSinkPath).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(m => m.GetProperty("phone").GetString() == phone).Select(m => m.GetProperty("text").GetString()!)];

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static void AssertNoErrors(BrowserSession session)
    {
        Assert.True(session.ServerErrors.Count == 0, "server errors: " + string.Join("; ", session.ServerErrors));
        Assert.True(session.PageErrors.Count == 0, "page errors: " + string.Join("; ", session.PageErrors));
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
