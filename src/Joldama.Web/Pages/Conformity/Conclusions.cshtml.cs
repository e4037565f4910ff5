using Joldama.Application.Conformity;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Law;
using Joldama.Application.Organizations;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Pages.Conformity;

/// <summary>
/// Signed conclusions within reach: the provider's own, the department's region, every copy for the Fund (§28).
/// Each with its result, validity (§26) and standing: valid, flagged by a §29 re-check, or superseded by a re-issue.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewConclusions))]
public sealed class ConclusionsModel(ConclusionService conclusions, OrganizationService organizations, LawLibrary law, TimeProvider clock) : PageModel
{
    public const int MaxListed = 500;

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public IReadOnlyList<ConclusionRecord> Items { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> OrganizationNames { get; private set; } = new Dictionary<Guid, string>();

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public string NameOf(ConclusionRecord conclusion) =>
        ConformityRecheck.CharacteristicOf(law.Catalog, conclusion.Code, conclusion.SignedOn)?.Name.In(Languages.Current) ?? string.Empty;

    public async Task OnGetAsync()
    {
        var scope = User.Scope()!;
        var ct = HttpContext.RequestAborted;
        var query = conclusions.Visible(scope);
        if (!string.IsNullOrWhiteSpace(Code))
        {
            var code = Code.Trim();
            query = query.Where(c => c.Code == code);
        }

        var list = await query.ToListAsync(ct);
        Items = [.. list.OrderByDescending(c => c.SignedAt).ThenBy(c => c.Code, StringComparer.Ordinal).Take(MaxListed)];
        var ids = Items.Select(c => c.OrganizationId).Distinct().ToList();
        var language = Languages.Current;
        OrganizationNames = await organizations.Visible(scope).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name(language), ct);
    }
}
