using Joldama.Domain.Identifiers;
using Joldama.Application;
using Joldama.Application.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Identifiers;

/// <summary>Checks an IIN or BIN. A POST form, so the number never lands in a URL or a proxy log.</summary>
public sealed class IndexModel(IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string Kind { get; set; } = "iin";

    public Iin? Iin { get; private set; }

    public Bin? Bin { get; private set; }

    public string? Normalized { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public void OnGet()
    {
    }

    public void OnPost()
    {
        Normalized = Domain.Identifiers.Iin.Normalize(Number ?? string.Empty);
        if (Kind == "bin")
        {
            var bin = Domain.Identifiers.Bin.Parse(Normalized);
            Problem = bin.IsError ? text.Describe(bin.Error) : null;
            Bin = bin.IsError ? null : bin.Value;
            return;
        }

        var iin = Domain.Identifiers.Iin.Parse(Normalized);
        Problem = iin.IsError ? text.Describe(iin.Error) : null;
        Iin = iin.IsError ? null : iin.Value;
        Warnings = Iin?.Warnings.Select(w => text.Describe($"warning.{w.Code}", new Dictionary<string, string>(), w.Message)).ToArray() ?? [];
    }
}
