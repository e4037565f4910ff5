using Microsoft.Playwright;

namespace Joldama.E2E.Infrastructure;

/// <summary>The sign-in form, as every scenario fills it.</summary>
internal static class SignInForm
{
    /// <summary>Fills and posts the form on the current page and waits for the page the server answers with.</summary>
    public static async Task SubmitAsync(IPage page, string login, string password)
    {
        await page.Locator("#login").FillAsync(login);
        await page.Locator("#password").FillAsync(password);
        await page.RunAndWaitForResponseAsync(
            () => page.Locator("#signin").ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Request.Method == "POST");

        // On a loaded 2-core CI machine (several test assemblies at once) the redirect after a sign-in has been
        // seen to take longer than the default 15 s; what the page shows is then checked by the caller.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 60_000 });
    }

    /// <summary>Opens the sign-in page and signs in.</summary>
    public static async Task SignInAsync(IPage page, string login, string password)
    {
        await page.GotoAsync("/account/signin");
        await SubmitAsync(page, login, password);
    }
}
