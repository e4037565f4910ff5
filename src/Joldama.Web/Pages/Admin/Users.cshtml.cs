using Joldama.Application;
using Joldama.Application.Access;
using Joldama.Application.Organizations;
using Joldama.Data.Access;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Joldama.Web.Localization;
using Joldama.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Admin;

/// <summary>
/// The users within the caller's reach; for <see cref="Permission.ManageUsers"/> also creating one
/// in an organization the caller sees. The rules (role fits the organization's kind, strong password,
/// unique login) are <see cref="UserService"/>'s, as for the API.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewUsers))]
public sealed class UsersModel(UserService users, OrganizationService organizations, IStringLocalizer<SharedResource> text) : PageModel
{
    public const int MaxListed = 1000;

    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Created { get; set; }

    public IReadOnlyList<UserAccount> Items { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The organizations the caller sees, by id: names for the list, choices for the form.</summary>
    public IReadOnlyDictionary<Guid, Organization> Organizations { get; private set; } = new Dictionary<Guid, Organization>();

    /// <summary>The same organizations in name order, for the form's choice.</summary>
    public IReadOnlyList<Organization> OrganizationChoices { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (!string.IsNullOrEmpty(Created) && Items.Any(u => u.Login == Created))
        {
            Notice = text["users.created", Created];
        }
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var scope = User.Scope()!;
        if (!scope.Can(Permission.ManageUsers))
        {
            return Forbid();
        }

        var input = new NewUser(Input.Login, Input.DisplayName, Input.OrganizationId ?? Guid.Empty, Input.Role,
            Input.Role == nameof(Role.Patient) ? null : Input.Password, Input.PatientIin, Input.Phone);
        var created = await users.CreateAsync(scope, input, HttpContext.Actor(), HttpContext.RequestAborted);
        Input.Password = null;
        if (created.IsError)
        {
            Problem = text.DescribeForForm(created.Error, "users");
            ProblemField = PageTexts.FieldOf(created.Error, "patientIin");
            await LoadAsync();

            // No organization chosen is a form left incomplete (400), not an organization that is not there.
            var status = Input.OrganizationId is null ? StatusCodes.Status400BadRequest : ErrorResults.StatusOf(created.Error);
            return new PageResult { StatusCode = status };
        }

        return RedirectToPage(new { created = created.Value.Login });
    }

    public string OrganizationName(Guid id) =>
        Organizations.TryGetValue(id, out var organization) ? organization.Name(Languages.Current) : "—";

    private async Task LoadAsync()
    {
        var scope = User.Scope()!;
        CanManage = scope.Can(Permission.ManageUsers);
        var visible = users.Visible(scope);
        Total = await visible.CountAsync(HttpContext.RequestAborted);
        Items = await visible.OrderBy(u => u.Login).Take(MaxListed).ToListAsync(HttpContext.RequestAborted);
        await users.RecordListedPatientsAsync(Items, HttpContext.Actor(), HttpContext.RequestAborted);
        OrganizationChoices = (await organizations.Visible(scope).ToListAsync(HttpContext.RequestAborted)).InNameOrder().ToArray();
        Organizations = OrganizationChoices.ToDictionary(o => o.Id);
    }
}

/// <summary>The create form's fields, as typed (validated by <see cref="UserService"/>).</summary>
public sealed class UserInput
{
    public string? Login { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public Guid? OrganizationId { get; set; }

    public string? Password { get; set; }

    public string? PatientIin { get; set; }

    public string? Phone { get; set; }
}
