using Joldama.Application;
using Joldama.Application.Access;
using Joldama.Application.Audit;
using Joldama.Application.Localization;
using Joldama.Data;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Joldama.Web.Api.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Account;

/// <summary>
/// Patient sign-in in two steps: the IIN (a one-time code goes by SMS), then the code. Both are POST
/// forms, so the IIN never appears in a URL; the answer to step 1 is the same whether or not the IIN
/// has an account.
/// </summary>
[AllowAnonymous]
public sealed class PatientModel(SignInService signIn, JoldamaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? Iin { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether the page asks for the code (step 2) rather than the IIN.</summary>
    public bool CodeStep { get; private set; }

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The IIN as the page shows it in step 2: 90******0017.</summary>
    public string MaskedIin => AuditSearch.Mask(Domain.Identifiers.Iin.Normalize(Iin ?? string.Empty));

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostSendAsync()
    {
        Code = null;
        var sent = await signIn.SendPatientCodeAsync(Iin, HttpContext.Actor().RemoteAddress, HttpContext.RequestAborted);
        if (sent.IsError)
        {
            // Too soon: a code was sent a moment ago and is still good, so the page asks for it.
            CodeStep = sent.Error is OneTimeCodeTooSoon;
            return Refuse(sent.Error);
        }

        CodeStep = true;
        Notice = text["patient.sent"];
        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        var user = await signIn.VerifyPatientCodeAsync(Iin, Code, HttpContext.Actor().RemoteAddress, HttpContext.RequestAborted);
        Code = null;
        if (user.IsError)
        {
            CodeStep = user.Error is OneTimeCodeInvalid or SignInThrottled;
            return Refuse(user.Error);
        }

        var session = await AccountEndpoints.StartSessionAsync(HttpContext, db, user.Value, clock);
        return session.IsError ? Refuse(session.Error) : LocalRedirect(SignInModel.AfterSignIn(ReturnUrl));
    }

    private PageResult Refuse(Error error)
    {
        error.AddHeaders(Response);
        Problem = text.Describe(error);
        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }
}
