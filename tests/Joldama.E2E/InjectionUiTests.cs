using System.Net.Http.Json;
using Joldama.E2E.Infrastructure;
using Joldama.Testing;
using static Microsoft.Playwright.Assertions;

namespace Joldama.E2E;

/// <summary>
/// Issue 8, item 5: script and SQL payloads stored through the API in every text field a referral shows (the patient's
/// names, the diagnosis, the specialist's conclusion, a follow-up note) come back on the pages as text: no script runs,
/// no dialog opens, no element of the payload exists in the page, and the text itself is shown as typed.
/// </summary>
[Trait("Category", "E2E")]
[Collection(E2ECollection.Name)]
public sealed class InjectionUiTests(E2EFixture fixture)
{
    /// <summary>Each payload sets a flag of its own if it ever runs.</summary>
    private static readonly string[] Payloads =
    [
        "<script>window.__xss='script'</script>",
        "<img src=x onerror=\"window.__xss='img'\">",
        "\"><svg onload=\"window.__xss='svg'\">",
        "'; DROP TABLE patients;-- <b>bold</b>",
    ];

    [Fact]
    public async Task ScriptPayloadsInTextFields_ShownAsTextOnTheCaseAndTheWorklist_NoScriptRuns()
    {
        using var api = await ApiCalls.SignInAsync(fixture.BaseAddress, "clinician");
        var iin = TestIins.Starting("7707073", Random.Shared.Next(10_000)).First(); // born 1977-07-07: no other test uses it
        await ApiCalls.OkAsync(await api.PostAsJsonAsync("api/patients", new
        {
            iin, lastName = Payloads[0], firstName = Payloads[1], middleName = Payloads[3], phone = "+77015550199", language = "ru", insuranceStatus = "insured",
        }));
        var patient = (await ApiCalls.OkAsync(await api.PostAsJsonAsync("api/patients/find", new { iin }))).GetProperty("id").GetGuid();
        var opened = await ApiCalls.OkAsync(await api.PostAsJsonAsync("api/referrals", new
        {
            patientId = patient, htmcCode = "35.21", diagnosis = Payloads[2], specialistConclusion = string.Join(" ", Payloads),
        }));
        var caseUrl = "/referrals/" + opened.GetProperty("id").GetGuid().ToString();

        await using var session = await fixture.NewSessionAsync("injection");
        var dialogs = new List<string>();
        session.Page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        await session.RunAsync(async page =>
        {
            await SignInForm.SignInAsync(page, "clinician", E2EFixture.DemoPassword);
            foreach (var url in new[] { caseUrl, "/referrals" })
            {
                await page.GotoAsync(url);
                if (url == caseUrl)
                {
                    // Shown as typed: the diagnosis, and the patient's name (a script tag as its last name).
                    await Expect(page.Locator("main")).ToContainTextAsync(Payloads[2]);
                    await Expect(page.Locator("main")).ToContainTextAsync(Payloads[0]);
                }

                await session.ScreenshotAsync(url == caseUrl ? "case" : "worklist");
                Assert.Null(await page.EvaluateAsync<string?>("() => window.__xss ?? null"));
                Assert.Equal(0, await page.Locator("main img[onerror], main svg[onload], main b").CountAsync());
                Assert.Equal(0, await page.Locator("script:not([src])").CountAsync());
            }
        });

        Assert.Empty(dialogs);
        Assert.Empty(session.PageErrors);
    }
}
