using Joldama.Application;
using Joldama.Application.Organizations;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
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
/// The organizations within the caller's reach; for <see cref="Permission.ManageOrganizations"/> also
/// registering one and importing a CSV file (all rows or none, every bad row listed). The rules are
/// <see cref="OrganizationService"/>'s and <see cref="OrganizationCsv"/>'s, as for the API.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewOrganizations))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class OrganizationsModel(
    OrganizationService organizations, OrganizationCsv csv, RegionRegistry regions, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The most rows the page lists; the CSV export has them all.</summary>
    public const int MaxListed = 1000;

    /// <summary>What the form reads at most: above <see cref="OrganizationCsv.MaxBytes"/> the service answers "too large" in the user's language.</summary>
    private const long MaxUploadBytes = 8 * OrganizationCsv.MaxBytes;

    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Created { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Imported { get; set; }

    public IReadOnlyList<Organization> Items { get; private set; } = [];

    public int Total { get; private set; }

    public bool CanManage { get; private set; }

    public IReadOnlyList<Region> Regions => regions.All;

    public string? Notice { get; private set; }

    public string? CreateProblem { get; private set; }

    /// <summary>The form input the create error concerns (bin, nameKk, nameRu, region, kind, level).</summary>
    public string? CreateProblemField { get; private set; }

    public string? ImportProblem { get; private set; }

    public IReadOnlyList<(int Line, string Message)> ImportRows { get; private set; } = [];

    public string RegionName(string code) => PageTexts.RegionName(regions.Find(code), code);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Created is { } id && Items.FirstOrDefault(o => o.Id == id) is { } created)
        {
            Notice = text["orgs.created", created.Name(Languages.Current)];
        }
        else if (Imported is { } count)
        {
            Notice = text["orgs.imported", count];
        }
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!Scope.Can(Permission.ManageOrganizations))
        {
            return Forbid();
        }

        var created = await organizations.CreateAsync(
            new NewOrganization(Input.Bin, Input.NameKk, Input.NameRu, Input.Region, Input.Kind, Input.Level, Input.IsScientific), HttpContext.Actor(), HttpContext.RequestAborted);
        if (created.IsError)
        {
            CreateProblem = text.DescribeForForm(created.Error, "orgs");
            CreateProblemField = PageTexts.FieldOf(created.Error, "bin");
            return await RefuseAsync(created.Error);
        }

        return RedirectToPage(new { created = created.Value.Id });
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (!Scope.Can(Permission.ManageOrganizations))
        {
            return Forbid();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ImportProblem = text["orgs.fileMissing"];
            await LoadAsync();
            return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }

        await using var stream = Upload.OpenReadStream();
        var imported = await csv.ImportAsync(stream, Upload.Length, HttpContext.Actor(), HttpContext.RequestAborted);
        if (imported.IsError)
        {
            ImportProblem = text.DescribeImport(imported.Error);
            if (imported.Error is ImportRejected rejected)
            {
                ImportRows = rejected.Rows.Select(r => (r.Line, text.DescribeImportRow(r.Error))).ToArray();
            }

            return await RefuseAsync(imported.Error);
        }

        return RedirectToPage(new { imported = imported.Value });
    }

    private AccessScope Scope => User.Scope()!;

    private async Task<PageResult> RefuseAsync(Error error)
    {
        await LoadAsync();
        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }

    private async Task LoadAsync()
    {
        var scope = Scope;
        CanManage = scope.Can(Permission.ManageOrganizations);
        var visible = await organizations.Visible(scope).ToListAsync(HttpContext.RequestAborted);
        Total = visible.Count;
        Items = visible.InNameOrder().Take(MaxListed).ToArray();
    }
}

/// <summary>The create form's fields, as typed (validated by <see cref="OrganizationService"/>).</summary>
public sealed class OrganizationInput
{
    public string? Bin { get; set; }

    public string? NameKk { get; set; }

    public string? NameRu { get; set; }

    public string? Region { get; set; }

    public string? Kind { get; set; }

    public string? Level { get; set; }

    public bool IsScientific { get; set; }
}
