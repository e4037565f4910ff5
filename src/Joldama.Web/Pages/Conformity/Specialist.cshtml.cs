using Joldama.Application;
using Joldama.Application.Audit;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Conformity.Resources;
using Joldama.Application.Localization;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Conformity;

/// <summary>
/// One specialist (a read of personal data, audited). The provider's own administrator edits it; a change that breaks a
/// conclusion is shown at once (§29). Outside the caller's reach it does not exist: 404.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewProviderResources))]
public sealed class SpecialistModel(
    ProviderResourceService resources, ConclusionService conclusions, HtmcCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public SpecialistForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Alerts { get; set; }

    public SpecialistRecord? Specialist { get; private set; }

    public bool CanManage { get; private set; }

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public IReadOnlyList<FlaggedConclusion> Flagged { get; private set; } = [];

    public string MaskedIin => AuditSearch.Mask(Specialist?.Iin);

    public SpecialistFormView View => new(Form, Problem, ProblemField, ConformityView.Specialties(catalog), text["conformity.specialist.saveSubmit"]);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await LoadAsync(id);
        if (found is not null)
        {
            return found;
        }

        Form = SpecialistForm.From(Specialist!).WithBlankRows();
        Flagged = await FlaggedConclusion.LoadAsync(conclusions, User.Scope()!, Alerts, HttpContext.RequestAborted);
        if (Saved is "added" or "saved")
        {
            Notice = text[$"conformity.specialist.{Saved}"];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var scope = User.Scope()!;
        if (!scope.Can(Permission.ManageProviderResources))
        {
            return Forbid();
        }

        var before = clock.GetUtcNow();
        var updated = await resources.UpdateSpecialistAsync(scope, id, Form.Version, Form.ToInput(), HttpContext.Actor(), HttpContext.RequestAborted);
        if (updated.IsError)
        {
            var found = await LoadAsync(id);
            if (found is not null)
            {
                return found;
            }

            var error = Form.OnForm(updated.Error!);
            Problem = text.DescribeConformity(error);
            ProblemField = ConformityView.FieldOf(error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(updated.Error) };
        }

        var raised = await FlaggedConclusion.RaisedAsync(conclusions, scope, before, updated.Value.Record.FullName, HttpContext.RequestAborted);
        return Redirect($"/conformity/specialists/{id}?saved=saved" + (FlaggedConclusion.Query(raised) is { } alerts ? "&alerts=" + alerts : string.Empty));
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var scope = User.Scope()!;
        var specialist = await resources.GetSpecialistAsync(scope, id, HttpContext.Actor(), HttpContext.RequestAborted);
        if (specialist.IsError)
        {
            Problem = text.Describe(specialist.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(specialist.Error) };
        }

        Specialist = specialist.Value;
        CanManage = scope.Can(Permission.ManageProviderResources) && Specialist.OrganizationId == scope.OrganizationId;
        return null;
    }
}
