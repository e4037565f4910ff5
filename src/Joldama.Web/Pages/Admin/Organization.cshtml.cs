using Joldama.Application;
using Joldama.Application.Access;
using Joldama.Application.Localization;
using Joldama.Application.Organizations;
using Joldama.Data.Access;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Admin;

/// <summary>One organization and, for <see cref="Permission.ViewUsers"/>, its users. Outside the caller's reach it does not exist: 404.</summary>
[Authorize(Policy = nameof(Permission.ViewOrganizations))]
public sealed class OrganizationModel(
    OrganizationService organizations, UserService users, RegionRegistry regions, IStringLocalizer<SharedResource> text) : PageModel
{
    public Data.Organizations.Organization? Organization { get; private set; }

    public string? RegionName { get; private set; }

    /// <summary>Null when the caller may not see users.</summary>
    public IReadOnlyList<UserAccount>? Users { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var scope = User.Scope()!;
        var organization = await organizations.GetAsync(scope, id, HttpContext.RequestAborted);
        if (organization.IsError)
        {
            Problem = text.Describe(organization.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(organization.Error) };
        }

        Organization = organization.Value;
        RegionName = Shared.PageTexts.RegionName(regions.Find(Organization.RegionCode), Organization.RegionCode);
        if (scope.Can(Permission.ViewUsers))
        {
            Users = await users.Visible(scope).Where(u => u.OrganizationId == id).OrderBy(u => u.Login).ToListAsync(HttpContext.RequestAborted);
            await users.RecordListedPatientsAsync(Users, HttpContext.Actor(), HttpContext.RequestAborted);
        }

        return Page();
    }
}
