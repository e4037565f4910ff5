using Joldama.Application;
using Joldama.Application.Conformity;
using Joldama.Application.Conformity.Applications;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Law;
using Joldama.Application.Localization;
using Joldama.Data;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Conformity;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Joldama.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Conformity;

/// <summary>
/// One conclusion in the layout of seed 001 Appendix 3: the organization, the HTMC type, per criterion (staff, devices)
/// compliant or not with the justification, the overall conclusion, its validity (§26) and who signed it (§27), with
/// its PDF in Kazakh and Russian. The provider may ask for a re-issue (§26.4, §30). Outside reach: 404.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewConclusions))]
public sealed class ConclusionModel(
    ConclusionService conclusions, ConformityApplicationService applications, JoldamaDbContext db, LawLibrary law, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>One row of the form: the criterion, compliant or not, and the justification of a non-compliance.</summary>
    public sealed record Row(CriterionState State, string Requirement, bool Compliant, string? Justification);

    [BindProperty]
    public ReissueForm Reissue { get; set; } = new();

    public ConclusionRecord? Conclusion { get; private set; }

    public string? OrganizationName { get; private set; }

    public string? OrganizationBin { get; private set; }

    public string? DepartmentName { get; private set; }

    public string HtmcName { get; private set; } = string.Empty;

    public IReadOnlyList<Row> StaffRows { get; private set; } = [];

    public IReadOnlyList<Row> DeviceRows { get; private set; } = [];

    public IReadOnlyList<Row> OtherRows { get; private set; } = [];

    public ConclusionRecord? Supersedes { get; private set; }

    public ConclusionRecord? SupersededBy { get; private set; }

    public IReadOnlyList<ConformityAlertRecord> Alerts { get; private set; } = [];

    public bool CanReissue { get; private set; }

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public string? Problem { get; private set; }

    public string? ReissueProblem { get; private set; }

    public string? ReissueProblemField { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostReissueAsync(Guid id)
    {
        var scope = User.Scope()!;
        if (!scope.Can(Permission.FileConformityApplications))
        {
            return Forbid();
        }

        var requested = await applications.RequestReissueAsync(scope, new ReissueInput(id, Reissue.Reason, Reissue.NewCode, Reissue.Note), HttpContext.Actor(), HttpContext.RequestAborted);
        if (requested.IsError)
        {
            var found = await LoadAsync(id);
            if (found is not null)
            {
                return found;
            }

            ReissueProblem = text.DescribeConformity(requested.Error);
            ReissueProblemField = ConformityView.FieldOf(requested.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(requested.Error) };
        }

        return Redirect($"/conformity/applications/{requested.Value.Id}?done=filed");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var scope = User.Scope()!;
        var ct = HttpContext.RequestAborted;
        var found = await conclusions.GetAsync(scope, id, ct);
        if (found.IsError)
        {
            Problem = text.Describe(found.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(found.Error) };
        }

        var c = Conclusion = found.Value;
        var language = Languages.Current;

        // The names on the form: the organization's and its territorial department's (public registry entries).
        var names = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == c.OrganizationId || (o.RegionCode == c.RegionCode && o.Kind == OrganizationKind.TerritorialDepartment))
            .ToListAsync(ct);
        var organization = names.SingleOrDefault(o => o.Id == c.OrganizationId);
        OrganizationName = organization?.Name(language);
        OrganizationBin = organization?.Bin;
        DepartmentName = names.Where(o => o.Kind == OrganizationKind.TerritorialDepartment).Select(o => o.Name(language)).Order(StringComparer.Ordinal).FirstOrDefault();

        var characteristic = ConformityRecheck.CharacteristicOf(law.Catalog, c.Code, c.SignedOn);
        HtmcName = characteristic?.Name.In(language) ?? string.Empty;
        Row RowOf(CriterionState s)
        {
            var compliant = s.Met ?? s.MachineMet;
            return new Row(s, FindingText.Criterion(text, characteristic, s), compliant, s.Justification ?? (compliant ? null : FindingText.Finding(text, s)));
        }

        var rows = c.Criteria.OrderBy(s => s.Index).Select(RowOf).ToList();
        StaffRows = [.. rows.Where(r => r.State.Kind == CriterionKind.Staff)];
        DeviceRows = [.. rows.Where(r => r.State.Kind == CriterionKind.Device)];
        OtherRows = [.. rows.Where(r => r.State.Kind == CriterionKind.Footnote)];

        var related = new[] { c.SupersedesId, c.SupersededById }.OfType<Guid>().ToList();
        var linked = await conclusions.Visible(scope).Where(x => related.Contains(x.Id)).ToListAsync(ct);
        Supersedes = linked.FirstOrDefault(x => x.Id == c.SupersedesId);
        SupersededBy = linked.FirstOrDefault(x => x.Id == c.SupersededById);
        Alerts = [.. (await conclusions.VisibleAlerts(scope).Where(a => a.ConclusionId == id).ToListAsync(ct)).OrderByDescending(a => a.RaisedAt)];
        CanReissue = scope.Can(Permission.FileConformityApplications) && c.OrganizationId == scope.OrganizationId
            && c.Positive && c.Status != ConclusionStatus.Superseded && c.ValidTo >= Today;
        return null;
    }
}

/// <summary>A re-issue request as typed: the reason (§26.4, §30), the new code for a change of code, a note.</summary>
public sealed class ReissueForm
{
    public string? Reason { get; set; }

    public string? NewCode { get; set; }

    public string? Note { get; set; }
}
