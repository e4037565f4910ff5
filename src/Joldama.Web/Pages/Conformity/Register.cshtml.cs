using Joldama.Application;
using Joldama.Application.Conformity;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Law;
using Joldama.Application.Localization;
using Joldama.Application.Organizations;
using Joldama.Application.Shared;
using Joldama.Domain.Access;
using Joldama.Domain.Catalog;
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
/// The register of conformity (§22): for a code and a date, the providers holding a valid positive conclusion,
/// optionally in one region; those a §29 re-check flagged are listed, marked. Country-wide for every staff role.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewConformityRegister))]
public sealed class RegisterModel(ConclusionService conclusions, RegionRegistry regions, LawLibrary law, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    public IReadOnlyList<ConclusionService.RegisterEntry>? Entries { get; private set; }

    /// <summary>The conclusions of the list the reader may open (the others are out of their reach).</summary>
    public IReadOnlySet<Guid> Readable { get; private set; } = new HashSet<Guid>();

    public IReadOnlyList<Region> Regions => regions.All;

    public string? CodeName { get; private set; }

    public DateOnly On { get; private set; }

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public string RegionName(string code) => Shared.PageTexts.RegionName(regions.Find(code), code);

    public async Task<IActionResult> OnGetAsync()
    {
        var today = clock.TodayInKazakhstan();
        Date ??= today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (string.IsNullOrWhiteSpace(Code))
        {
            return Page();
        }

        var code = HtmcCode.Parse(Code);
        if (code.IsError)
        {
            return Refuse(code.Error, "code");
        }

        var on = InputDates.ParseOptional(Date, "date", today);
        if (on.IsError)
        {
            return Refuse(on.Error, "date");
        }

        On = on.Value;
        CodeName = law.Catalog.Get(code.Value, On) is { IsError: false } view ? view.Value.Name.In(Languages.Current)
            : ConformityRecheck.CharacteristicOf(law.Catalog, code.Value.Value, On)?.Name.In(Languages.Current);
        var region = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim();
        Entries = await conclusions.RegisterAsync(code.Value.Value, On, region, HttpContext.RequestAborted);
        var scope = User.Scope()!;
        if (scope.Can(Permission.ViewConclusions))
        {
            var ids = Entries.Select(e => e.ConclusionId).ToList();
            Readable = (await conclusions.Visible(scope).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(HttpContext.RequestAborted)).ToHashSet();
        }

        return Page();
    }

    private PageResult Refuse(Domain.Shared.Error error, string field)
    {
        Problem = field == "date" ? text.DescribeConformity(error) : text.Describe(error);
        ProblemField = field;
        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }
}
