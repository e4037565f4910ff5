using System.Globalization;
using Joldama.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Joldama.E2E;

/// <summary>
/// Seed 001 §19 in a real Chromium, in Russian and in Kazakh: the head of the demo region's provider (regional: 10 % of
/// the planned 20, so two decisions alone) signs in, opens the decision form from the home page, sees the usage, decides for
/// the demo pensioner until the quota is used, and the decision at the limit is refused on the form with the figures. The
/// two languages share one demo app, so whichever runs second finds the quota already used and is refused at once.
/// </summary>
[Trait("Category", "E2E")]
[Collection(E2ECollection.Name)]
public sealed class QuotaUiTests(E2EFixture fixture)
{
    private const string PensionerIin = "520314300015";

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task Head_SeesUsage_DecisionAtTheLimitRefusedWithTheFigures(string lang)
    {
        var ru = lang == "ru";
        await using var head = await fixture.NewSessionAsync($"quota-head-{lang}");
        await head.RunAsync(async page =>
        {
            await SignInForm.SignInAsync(page, "hospital-head", E2EFixture.DemoPassword);
            await page.Locator($"#lang-{lang}").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
            await Expect(page.Locator("#who-role")).ToHaveTextAsync(ru ? "Руководитель организации здравоохранения" : "Денсаулық сақтау ұйымының басшысы");
            await page.Locator("#pages a[data-page='quotas']").ClickAsync();

            var usage = page.Locator("#quota-usage");
            await Expect(usage).ToHaveAttributeAsync("data-volume", "20");
            await Expect(usage).ToHaveAttributeAsync("data-limit", "2");
            await Expect(usage).ToHaveAttributeAsync("data-percent", "10");
            await Expect(page.Locator("#usage-mode")).ToContainTextAsync(ru ? "Обычный" : "Қалыпты");
            await head.ScreenshotAsync("usage");

            for (var used = int.Parse(await usage.GetAttributeAsync("data-used") ?? "0", CultureInfo.InvariantCulture); used < 2; used++)
            {
                await DecideAsync(page);
                await Expect(page.Locator("p.notice")).ToHaveTextAsync(ru ? $"Решение № {used + 1} принято." : $"№ {used + 1} шешім қабылданды.");
                await Expect(usage).ToHaveAttributeAsync("data-used", (used + 1).ToString(CultureInfo.InvariantCulture));
            }

            await Expect(page.Locator("#usage-remaining")).ToHaveTextAsync("0");
            await DecideAsync(page);

            await Expect(page.Locator("p.problem")).ToHaveTextAsync(ru
                ? "Квота исчерпана: принято решений 2, предел 2 (10% от объёма плановой госпитализации 20). Это решение превысило бы предел."
                : "Квота толды: 2 шешім қабылданған, шегі 2 (20 жоспарлы емдеуге жатқызу көлемінің 10%). Бұл шешім шектен асады.");
            await Expect(usage).ToHaveAttributeAsync("data-used", "2");
            await Expect(page.Locator("#patient-iin")).ToHaveValueAsync(PensionerIin);
            await Expect(page.Locator("#quota-decisions tbody tr")).ToHaveCountAsync(2);
            await head.ScreenshotAsync("refused-at-the-limit");
            Assert.True(head.ServerErrors.Count == 0, "server errors: " + string.Join("; ", head.ServerErrors));
            Assert.True(head.PageErrors.Count == 0, "page errors: " + string.Join("; ", head.PageErrors));
        });
    }

    private static async Task DecideAsync(IPage page)
    {
        await page.Locator("#patient-iin").FillAsync(PensionerIin);
        await page.Locator("#indication").FillAsync("Коксартроз III ст., показано эндопротезирование");
        await page.Locator("#quota-decide-submit").ClickAsync();
    }
}
