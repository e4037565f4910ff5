using Joldama.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Joldama.Web.Pages.Account;

/// <summary>Ends the session: a POST with the antiforgery token (the form in the layout), never a GET link.</summary>
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await AuthenticationSetup.EndSessionAsync(HttpContext);
        return LocalRedirect("/");
    }
}
