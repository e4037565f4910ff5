using Joldama.Application.Conformity.Applications;
using Joldama.Application.Organizations;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Pages.Conformity;

/// <summary>
/// Applications for conformity within reach, soonest deadline first (§26.1: 30 calendar days from receipt), due today
/// and overdue marked. The provider sees its own and files new ones; the inspector starts from the region's queue of
/// applications under review; the head from those awaiting signature.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewConformityApplications))]
public sealed class ApplicationsModel(ConformityApplicationService applications, OrganizationService organizations, TimeProvider clock) : PageModel
{
    /// <summary>The most applications the page lists.</summary>
    public const int MaxListed = 500;

    /// <summary>open | all | UnderReview | AwaitingSignature | Concluded | Withdrawn; the default depends on the role.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<ConformityApplicationRecord> Items { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> OrganizationNames { get; private set; } = new Dictionary<Guid, string>();

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public bool CanFile { get; private set; }

    /// <summary>The filters the page offers, in order.</summary>
    public static readonly string[] Filters = ["open", nameof(ApplicationStatus.UnderReview), nameof(ApplicationStatus.AwaitingSignature), nameof(ApplicationStatus.Concluded), nameof(ApplicationStatus.Withdrawn), "all"];

    public async Task OnGetAsync()
    {
        var scope = User.Scope()!;
        var ct = HttpContext.RequestAborted;
        CanFile = scope.Can(Permission.FileConformityApplications);
        Status = Filters.FirstOrDefault(f => string.Equals(f, Status, StringComparison.OrdinalIgnoreCase)) ?? DefaultFilter(scope);
        var query = applications.Visible(scope);
        if (Status == "open")
        {
            query = query.Where(a => a.Status == ApplicationStatus.UnderReview || a.Status == ApplicationStatus.AwaitingSignature);
        }
        else if (Enum.TryParse<ApplicationStatus>(Status, out var wanted))
        {
            query = query.Where(a => a.Status == wanted);
        }

        var list = await query.OrderBy(a => a.ReviewDueOn).ThenBy(a => a.Number).Take(MaxListed).ToListAsync(ct);

        // Open ones first, soonest deadline first; then the closed ones, newest first.
        Items = [.. list.Where(IsOpen).OrderBy(a => a.ReviewDueOn).ThenBy(a => a.Number, StringComparer.Ordinal)
            .Concat(list.Where(a => !IsOpen(a)).OrderByDescending(a => a.FiledAt))];
        var ids = Items.Select(a => a.OrganizationId).Distinct().ToList();
        var language = Languages.Current;
        OrganizationNames = await organizations.Visible(scope).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name(language), ct);
    }

    public static bool IsOpen(ConformityApplicationRecord application) =>
        application.Status is ApplicationStatus.UnderReview or ApplicationStatus.AwaitingSignature;

    /// <summary>The inspector's queue is what is under review; the head's what awaits signature; others see everything.</summary>
    private static string DefaultFilter(AccessScope scope) =>
        scope.Can(Permission.SignConclusions) ? nameof(ApplicationStatus.AwaitingSignature)
        : scope.Can(Permission.ReviewConformityApplications) ? nameof(ApplicationStatus.UnderReview)
        : "all";
}
