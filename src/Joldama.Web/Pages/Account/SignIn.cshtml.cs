using Joldama.Application;
using Joldama.Application.Access;
using Joldama.Application.Localization;
using Joldama.Data;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Joldama.Web.Api.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Account;

/// <summary>
/// Staff sign-in by login and password: the same <see cref="SignInService"/> (lock-out, audit) and the
/// same session as POST /api/account/signin. The password is never sent back into the page.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInService signIn, JoldamaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in; only a local path is followed (see <see cref="AfterSignIn"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.PasswordAsync(Login, Password, HttpContext.Actor().RemoteAddress, HttpContext.RequestAborted);
        Password = null;
        if (user.IsError)
        {
            user.Error.AddHeaders(Response);
            Problem = text.Describe(user.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(user.Error) };
        }

        var session = await AccountEndpoints.StartSessionAsync(HttpContext, db, user.Value, clock);
        if (session.IsError)
        {
            Problem = text.Describe(session.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(session.Error) };
        }

        return LocalRedirect(AfterSignIn(ReturnUrl));
    }

    /// <summary>
    /// The local page to open after signing in: <paramref name="returnUrl"/> when it is a plain local
    /// path (never another site), else home; never back to a sign-in or access-denied page.
    /// </summary>
    internal static string AfterSignIn(string? returnUrl)
    {
        var target = ApiEndpoints.LocalTarget(returnUrl);
        return target.StartsWith("/account/", StringComparison.OrdinalIgnoreCase) ? "/" : target;
    }
}
