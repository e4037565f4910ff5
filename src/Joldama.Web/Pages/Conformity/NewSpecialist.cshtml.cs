using Joldama.Application;
using Joldama.Application.Conformity.Resources;
using Joldama.Domain.Access;
using Joldama.Domain.Catalog;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Conformity;

/// <summary>The provider's administrator adds a specialist to the organization's staff (seed 001 §25).</summary>
[Authorize(Policy = nameof(Permission.ManageProviderResources))]
public sealed class NewSpecialistModel(ProviderResourceService resources, HtmcCatalog catalog, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public SpecialistForm Form { get; set; } = new();

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public SpecialistFormView View => new(Form, Problem, ProblemField, ConformityView.Specialties(catalog), text["conformity.specialist.addSubmit"]);

    public void OnGet() => Form = new SpecialistForm().WithBlankRows();

    public async Task<IActionResult> OnPostAsync()
    {
        var added = await resources.AddSpecialistAsync(User.Scope()!, Form.ToInput(), HttpContext.Actor(), HttpContext.RequestAborted);
        if (added.IsError)
        {
            var error = Form.OnForm(added.Error!);
            Problem = text.DescribeConformity(error);
            ProblemField = ConformityView.FieldOf(error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(added.Error) };
        }

        return Redirect($"/conformity/specialists/{added.Value.Id}?saved=added");
    }
}
