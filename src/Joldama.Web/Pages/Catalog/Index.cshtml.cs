using System.ComponentModel.DataAnnotations;
using Joldama.Application.Shared;
using Joldama.Domain.Catalog;
using Joldama.Application;
using Joldama.Application.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Catalog;

public sealed class IndexModel(HtmcCatalog catalog, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The search text; null when no search was made (the whole catalog is listed), "" when an empty one was.</summary>
    [BindProperty(SupportsGet = true)]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    public IReadOnlyList<CodeView> Results { get; private set; } = [];

    public string? Problem { get; private set; }

    public bool Searched => Q is not null;

    public void OnGet()
    {
        if (Q is null)
        {
            Results = catalog.Codes.Select(c => catalog.Get(c).Value).ToArray();
            return;
        }

        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(AsOf))
        {
            var parsed = InputDates.Parse(AsOf, "asOf");
            if (parsed.IsError)
            {
                Problem = text.Describe(parsed.Error);
                return;
            }

            asOf = parsed.Value;
        }

        var found = catalog.Search(Q, asOf, limit: 200);
        if (found.IsError)
        {
            Problem = text.Describe(found.Error);
            return;
        }

        Results = found.Value;
    }
}
