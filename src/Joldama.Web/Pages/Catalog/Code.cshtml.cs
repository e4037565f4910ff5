using Joldama.Application.Shared;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;
using Joldama.Web.Api;
using Joldama.Application;
using Joldama.Application.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Catalog;

public sealed class CodeModel(HtmcCatalog catalog, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    public CodeView? View { get; private set; }

    public IReadOnlyList<CharacteristicFootnote> Footnotes { get; private set; } = [];

    public string? Problem { get; private set; }

    public IActionResult OnGet(string code)
    {
        var asOf = string.IsNullOrWhiteSpace(AsOf) ? Result<DateOnly?>.Success(null) : InputDates.Parse(AsOf, "asOf").Map<DateOnly?>(d => d);
        var view = asOf.Bind(d => HtmcCode.Parse(code).Bind(c => catalog.Get(c, d)));
        if (view.IsError)
        {
            Problem = text.Describe(view.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(view.Error) };
        }

        View = view.Value;
        Footnotes = catalog.Footnotes.Where(f => View.Characteristics.Any(c => c.Footnotes.Contains(f.Id))).ToArray();
        return Page();
    }
}
