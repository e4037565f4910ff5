using Joldama.Application;
using Joldama.Application.Access;
using Joldama.Application.Localization;
using Joldama.Application.Organizations;
using Joldama.Data.Access;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Joldama.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Admin;

/// <summary>
/// One user. Outside the caller's reach: 404. Opening a patient's account is a read of patient
/// data and <see cref="UserService.GetAsync"/> audits it, allowed or refused.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewUsers))]
public sealed class UserModel(UserService users, OrganizationService organizations, IStringLocalizer<SharedResource> text) : PageModel
{
    public UserAccount? Account { get; private set; }

    public string? OrganizationName { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var scope = User.Scope()!;
        var user = await users.GetAsync(scope, id, HttpContext.Actor(), HttpContext.RequestAborted);
        if (user.IsError)
        {
            Problem = text.Describe(user.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(user.Error) };
        }

        Account = user.Value;
        var organization = await organizations.GetAsync(scope, Account.OrganizationId, HttpContext.RequestAborted);
        OrganizationName = organization.IsError ? null : organization.Value.Name(Languages.Current);
        return Page();
    }
}

/// <summary>A user's state in words: locked, disabled, demo account.</summary>
public static class UserStatus
{
    public static string Of(Microsoft.Extensions.Localization.IStringLocalizer text, UserAccount user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var states = new List<string>();
        if (user.IsDisabled)
        {
            states.Add(text["users.disabled"]);
        }

        if (user.IsLockedAt(now))
        {
            states.Add(text["users.locked"]);
        }

        if (user.IsDemo)
        {
            states.Add(text["users.demo"]);
        }

        return states.Count == 0 ? text["users.active"] : string.Join(", ", states);
    }
}
