using Joldama.Application;
using Joldama.Application.Audit;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Conformity.Resources;
using Joldama.Application.Localization;
using Joldama.Application.Organizations;
using Joldama.Data.Conformity;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Domain.Catalog;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Joldama.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Conformity;

/// <summary>
/// A provider's specialists and medical devices (seed 001 §25, §29). The provider's administrator keeps them: adds
/// devices, records that a specialist left or a device is out of order, repaired or written off; a change that breaks
/// a conclusion is shown at once (the §29 re-check). The territorial department reads them, choosing the organization.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewProviderResources))]
public sealed class ResourcesModel(
    ProviderResourceService resources, ResourceCsv csv, OrganizationService organizations, ConclusionService conclusions, TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>A CSV file of specialists or devices (docs/provider-resources-csv.md), imported all rows or none.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>After an import: how many records it created.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Imported { get; set; }

    public string? ImportProblem { get; private set; }

    public IReadOnlyList<(int Line, string? Field, string Message)> ImportRows { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? Org { get; set; }

    /// <summary>After a change: the alerts it raised (comma-separated ids).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Alerts { get; set; }

    /// <summary>After a change: what was recorded (added, leave, out-of-order, repaired, retired).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public DeviceForm Device { get; set; } = new();

    /// <summary>The day of a leave, an outage or a write-off (empty: today).</summary>
    [BindProperty]
    public string? On { get; set; }

    public IReadOnlyList<Organization> Providers { get; private set; } = [];

    public Organization? Organization { get; private set; }

    public IReadOnlyList<SpecialistRecord> Specialists { get; private set; } = [];

    public IReadOnlyList<DeviceRecord> Devices { get; private set; } = [];

    public IReadOnlyList<FlaggedConclusion> Flagged { get; private set; } = [];

    public IReadOnlyList<BilingualText> DeviceTypes => resources.DeviceTypes;

    /// <summary>The provider's own administrator: may change what the page shows.</summary>
    public bool CanManage { get; private set; }

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The row (specialist or device id) an action's problem concerns.</summary>
    public Guid? ProblemRow { get; private set; }

    public string? DeviceProblem { get; private set; }

    public string? DeviceProblemField { get; private set; }

    /// <summary>The IIN as this reader may see it: whole for the provider's own administrator, masked for others.</summary>
    public string IinOf(SpecialistRecord specialist) => CanManage ? specialist.Iin : AuditSearch.Mask(specialist.Iin);

    public async Task<IActionResult> OnGetAsync()
    {
        var found = await LoadAsync();
        if (found is not null)
        {
            return found;
        }

        Flagged = await FlaggedConclusion.LoadAsync(conclusions, Scope, Alerts, HttpContext.RequestAborted);
        if (Done is "added" or "leave" or "out-of-order" or "repaired" or "retired")
        {
            Notice = text[$"conformity.resources.done.{Done}"];
        }
        else if (Imported is { } count)
        {
            Notice = text["conformity.resources.imported", count];
        }

        return Page();
    }

    public Task<IActionResult> OnPostLeaveAsync(Guid id) =>
        ChangeAsync(id, "leave", async (scope, input, actor, ct) => (await resources.RecordLeavingAsync(scope, id, input, actor, ct)).Map(c => c.Record.FullName));

    public Task<IActionResult> OnPostOutOfOrderAsync(Guid id) =>
        ChangeAsync(id, "out-of-order", async (scope, input, actor, ct) => (await resources.RecordOutOfOrderAsync(scope, id, input, actor, ct)).Map(c => Subject(c.Record)));

    public Task<IActionResult> OnPostRepairedAsync(Guid id) =>
        ChangeAsync(id, "repaired", async (scope, input, actor, ct) => (await resources.RecordRepairedAsync(scope, id, input, actor, ct)).Map(c => Subject(c.Record)));

    public Task<IActionResult> OnPostRetireAsync(Guid id) =>
        ChangeAsync(id, "retired", async (scope, input, actor, ct) => (await resources.RetireDeviceAsync(scope, id, input, actor, ct)).Map(c => Subject(c.Record)));

    public async Task<IActionResult> OnPostAddDeviceAsync()
    {
        if (!Scope.Can(Permission.ManageProviderResources))
        {
            return Forbid();
        }

        var added = await resources.AddDeviceAsync(Scope, Device.ToInput(), HttpContext.Actor(), HttpContext.RequestAborted);
        if (added.IsError)
        {
            DeviceProblem = text.DescribeConformity(added.Error);
            DeviceProblemField = ConformityView.FieldOf(added.Error);
            await LoadAsync();
            return new PageResult { StatusCode = ErrorResults.StatusOf(added.Error) };
        }

        return RedirectToPage(new { done = "added" });
    }

    public Task<IActionResult> OnPostImportSpecialistsAsync() =>
        ImportAsync((stream, length) => csv.ImportSpecialistsAsync(Scope, stream, length, HttpContext.Actor(), HttpContext.RequestAborted));

    public Task<IActionResult> OnPostImportDevicesAsync() =>
        ImportAsync((stream, length) => csv.ImportDevicesAsync(Scope, stream, length, HttpContext.Actor(), HttpContext.RequestAborted));

    /// <summary>All rows or none (the service's rule); a refusal lists every bad row with its column.</summary>
    private async Task<IActionResult> ImportAsync(Func<Stream, long, Task<Result<ResourceImport>>> import)
    {
        if (!Scope.Can(Permission.ManageProviderResources))
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
        var imported = await import(stream, Upload.Length);
        if (imported.IsError)
        {
            ImportProblem = text.DescribeImport(imported.Error);
            if (imported.Error is ImportRejected rejected)
            {
                ImportRows = [.. rejected.Rows.Select(r => (r.Line, r.Field, text.DescribeImportRow(r.Error)))];
            }

            await LoadAsync();
            return new PageResult { StatusCode = ErrorResults.StatusOf(imported.Error) };
        }

        return RedirectToPage(new { imported = imported.Value.Created });
    }

    private AccessScope Scope => User.Scope()!;

    /// <summary>How the §29 re-check names a device in its alerts.</summary>
    private static string Subject(DeviceRecord device) => $"{device.TypeName} {device.Model} {device.SerialNumber}".Trim();

    /// <summary>Records a §29 change and shows, after the redirect, the conclusions the re-check flagged.</summary>
    private async Task<IActionResult> ChangeAsync(
        Guid id, string done, Func<AccessScope, ResourceChangeInput, Application.Audit.AuditActor, CancellationToken, Task<Result<string>>> change)
    {
        if (!Scope.Can(Permission.ManageProviderResources))
        {
            return Forbid();
        }

        var before = clock.GetUtcNow();
        var changed = await change(Scope, new ResourceChangeInput(On), HttpContext.Actor(), HttpContext.RequestAborted);
        if (changed.IsError)
        {
            Problem = text.DescribeConformity(changed.Error);
            ProblemRow = id;
            await LoadAsync();
            return new PageResult { StatusCode = ErrorResults.StatusOf(changed.Error) };
        }

        var raised = await FlaggedConclusion.RaisedAsync(conclusions, Scope, before, changed.Value, HttpContext.RequestAborted);
        return RedirectToPage(new { done, alerts = FlaggedConclusion.Query(raised) });
    }

    /// <summary>Loads the organization and its resources; a 404 page when the organization asked for is out of reach.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        var scope = Scope;
        var ct = HttpContext.RequestAborted;
        if (scope.Reach == RoleReach.Organization)
        {
            Org = scope.OrganizationId;
        }
        else
        {
            var providers = await organizations.Visible(scope).Where(o => o.Kind == OrganizationKind.HtmcProvider).ToListAsync(ct);
            Providers = [.. providers.InNameOrder()];
        }

        if (Org is not { } id)
        {
            return null;
        }

        var organization = await organizations.GetAsync(scope, id, ct);
        if (organization.IsError)
        {
            Problem = text.Describe(organization.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(organization.Error) };
        }

        Organization = organization.Value;
        CanManage = scope.Can(Permission.ManageProviderResources) && id == scope.OrganizationId;
        // The organization is within reach (checked above), so the lists cannot be refused.
        Specialists = [.. (await resources.ListSpecialistsAsync(scope, id, HttpContext.Actor(), ct)).Value.OrderBy(s => s.LeftOn is not null).ThenBy(s => s.FullName, StringComparer.Ordinal)];
        Devices = [.. (await resources.ListDevicesAsync(scope, id, ct)).Value.OrderBy(d => d.RetiredOn is not null)];
        return null;
    }
}

/// <summary>The add-device form's fields, as typed (validated by <see cref="ResourceValidation.Device"/>).</summary>
public sealed class DeviceForm
{
    public string? TypeName { get; set; }

    public string? Model { get; set; }

    public string? SerialNumber { get; set; }

    public string? Count { get; set; } = "1";

    public string? OutOfOrderSince { get; set; }

    public DeviceInput ToInput() =>
        new(TypeName, Model, SerialNumber, int.TryParse(Count, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null, OutOfOrderSince);
}
