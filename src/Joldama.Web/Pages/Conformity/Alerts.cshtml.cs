using Joldama.Application;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Organizations;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
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
/// §29 alerts within reach: a conclusion that no longer holds after a specialist left or a device went out of order,
/// with the criteria that now fail. The provider and the territorial department each acknowledge it for their side.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewConclusions))]
public sealed class AlertsModel(ConclusionService conclusions, OrganizationService organizations, IStringLocalizer<SharedResource> text) : PageModel
{
    public const int MaxListed = 500;

    public IReadOnlyList<ConformityAlertRecord> Items { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Numbers { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> OrganizationNames { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The side this reader acknowledges for: the provider (its own administrator) or the territorial department.</summary>
    public bool IsProvider { get; private set; }

    public bool CanAcknowledge { get; private set; }

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public bool Acknowledged(ConformityAlertRecord alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return (IsProvider ? alert.ProviderAcknowledgedAt : alert.DepartmentAcknowledgedAt) is not null;
    }

    public async Task OnGetAsync(string? done)
    {
        await LoadAsync();
        if (done == "acknowledged")
        {
            Notice = text["conformity.alerts.acknowledged"];
        }
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id)
    {
        if (!MayAcknowledge(User.Scope()!))
        {
            return Forbid();
        }

        var acknowledged = await conclusions.AcknowledgeAsync(User.Scope()!, id, HttpContext.Actor(), HttpContext.RequestAborted);
        if (acknowledged.IsError)
        {
            Problem = text.DescribeConformity(acknowledged.Error);
            await LoadAsync();
            return new PageResult { StatusCode = ErrorResults.StatusOf(acknowledged.Error) };
        }

        return Redirect("/conformity/alerts?done=acknowledged");
    }

    /// <summary>The two sides §29 informs: the provider's administrator and the territorial department (inspector, head).</summary>
    private static bool MayAcknowledge(AccessScope scope) =>
        scope.Can(Permission.AcknowledgeConformityAlerts);

    private async Task LoadAsync()
    {
        var scope = User.Scope()!;
        var ct = HttpContext.RequestAborted;
        IsProvider = scope.Reach == RoleReach.Organization;
        CanAcknowledge = MayAcknowledge(scope);
        var list = await conclusions.VisibleAlerts(scope).ToListAsync(ct);
        Items = [.. list.OrderBy(a => (IsProvider ? a.ProviderAcknowledgedAt : a.DepartmentAcknowledgedAt) is not null).ThenByDescending(a => a.RaisedAt).Take(MaxListed)];
        var conclusionIds = Items.Select(a => a.ConclusionId).Distinct().ToList();
        Numbers = await conclusions.Visible(scope).Where(c => conclusionIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
        var organizationIds = Items.Select(a => a.OrganizationId).Distinct().ToList();
        var language = Languages.Current;
        OrganizationNames = await organizations.Visible(scope).Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name(language), ct);
    }
}
