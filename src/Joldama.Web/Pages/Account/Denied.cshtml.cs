using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Joldama.Web.Pages.Account;

/// <summary>Where the session cookie sends a signed-in user who lacks the permission: answered with 403.</summary>
[AllowAnonymous]
public sealed class DeniedModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => new PageResult { StatusCode = StatusCodes.Status403Forbidden };
}
