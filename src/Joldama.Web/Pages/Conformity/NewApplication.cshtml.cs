using System.Globalization;
using Joldama.Application;
using Joldama.Application.Conformity.Applications;
using Joldama.Application.Conformity.Resources;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Conformity;

/// <summary>
/// The provider files an application for conformity (seed 001 App. 1): the year, whether it is the first time for these
/// codes (§24), and per code the planned volume (not asked of a first-time applicant) and the specialists and devices
/// put forward. The filing window (§23) is the service's rule; when it refuses, the form says why.
/// </summary>
[Authorize(Policy = nameof(Permission.FileConformityApplications))]
public sealed class NewApplicationModel(
    ConformityApplicationService applications, ProviderResourceService resources, HtmcCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>Code blocks a new form offers; "another code" adds one, up to <see cref="MaxItems"/>.</summary>
    public const int InitialItems = 2;

    public const int MaxItems = 20;

    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    public IReadOnlyList<SpecialistRecord> Specialists { get; private set; } = [];

    public IReadOnlyList<DeviceRecord> Devices { get; private set; } = [];

    public IReadOnlyList<BilingualText> DeviceTypes => resources.DeviceTypes;

    /// <summary>The codes Appendix 2 has a characteristic for today (no conclusion can be given for others).</summary>
    public IReadOnlyList<Characteristic> Codes { get; private set; } = [];

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public async Task OnGetAsync()
    {
        Form = new ApplicationForm { ForYear = Today.Year + 1, Items = [.. Enumerable.Range(0, InitialItems).Select(_ => new ApplicationItemForm())] };
        await LoadAsync();
    }

    /// <summary>Another code block, keeping what was filled in.</summary>
    public async Task<IActionResult> OnPostAddCodeAsync()
    {
        if (Form.Items.Count < MaxItems)
        {
            Form.Items.Add(new ApplicationItemForm());
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var filed = await applications.FileAsync(User.Scope()!, Form.ToInput(), HttpContext.Actor(), HttpContext.RequestAborted);
        if (filed.IsError)
        {
            Problem = text.DescribeConformity(filed.Error);
            ProblemField = ConformityView.FieldOf(filed.Error);
            await LoadAsync();
            return new PageResult { StatusCode = ErrorResults.StatusOf(filed.Error) };
        }

        return Redirect($"/conformity/applications/{filed.Value.Id}?done=filed");
    }

    private async Task LoadAsync()
    {
        var scope = User.Scope()!;
        var ct = HttpContext.RequestAborted;
        Specialists = await resources.VisibleSpecialists(scope).Where(s => s.OrganizationId == scope.OrganizationId && s.LeftOn == null).OrderBy(s => s.FullName).ToListAsync(ct);
        Devices = await resources.VisibleDevices(scope).Where(d => d.OrganizationId == scope.OrganizationId && d.RetiredOn == null).OrderBy(d => d.TypeName).ToListAsync(ct);
        Codes = [.. catalog.Characteristics.Where(c => c.InForceOn(Today)).DistinctBy(c => c.Code.Value).OrderBy(c => c.Code.Value, StringComparer.Ordinal)];
        while (Form.Items.Count == 0)
        {
            Form.Items.Add(new ApplicationItemForm());
        }
    }
}

/// <summary>The application form's fields, as typed (validated by <see cref="ConformityApplicationService.FileAsync"/>).</summary>
public sealed class ApplicationForm
{
    public int? ForYear { get; set; }

    public bool FirstTime { get; set; }

    public List<ApplicationItemForm> Items { get; set; } = [];

    /// <summary>The code blocks that are not blank.</summary>
    public FileApplicationInput ToInput() => new(ForYear, FirstTime, [.. Items.Where(i => !i.IsBlank).Select(i => i.ToInput(FirstTime))]);
}

/// <summary>One code of the application: the code, the planned volume, who and what is put forward, and the IVF footnote's figures.</summary>
public sealed class ApplicationItemForm
{
    public string? Code { get; set; }

    public string? PlannedVolume { get; set; }

    public List<Guid> Specialists { get; set; } = [];

    public List<Guid> Devices { get; set; } = [];

    public string? YearsInIvf { get; set; }

    public string? CyclesPerYear { get; set; }

    public string? PregnancyRate { get; set; }

    public string? BirthRate { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(PlannedVolume) && Specialists.Count == 0 && Devices.Count == 0;

    public ApplicationItemInput ToInput(bool firstTime)
    {
        var facts = new[] { YearsInIvf, CyclesPerYear, PregnancyRate, BirthRate }.All(string.IsNullOrWhiteSpace)
            ? null
            : new OrganizationFactsInput(Number(YearsInIvf), Number(CyclesPerYear), Number(PregnancyRate), Number(BirthRate));
        int? volume = firstTime || string.IsNullOrWhiteSpace(PlannedVolume) ? null
            : int.TryParse(PlannedVolume.Trim().Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : -1;
        return new ApplicationItemInput(Code?.Trim(), volume, Specialists, Devices, facts);
    }

    private static decimal? Number(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
