using Joldama.Application;
using Joldama.Application.Abroad.Cases;
using Joldama.Application.Law;
using Joldama.Application.Patients;
using Joldama.Data;
using Joldama.Data.Patients;
using Joldama.Domain.Abroad;
using Joldama.Domain.Access;
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

namespace Joldama.Web.Pages.Abroad;

/// <summary>The application form: the category, the disease of the list, the diagnosis and the facts eligibility rests on.</summary>
public sealed class AbroadForm
{
    public string? Category { get; set; } = "citizen";

    public string? IndicationId { get; set; }

    public string? Diagnosis { get; set; }

    public bool IndicationsConfirmed { get; set; }

    public bool ExceptionalInstruction { get; set; }

    public bool KazakhstanMethodsExhausted { get; set; }

    public bool SelfArranged { get; set; }

    public bool Pregnant { get; set; }

    public bool AutologousOrRelatedBoneMarrow { get; set; }

    public bool NeedsCare { get; set; }

    public bool ContinuationOfTreatment { get; set; }

    public Guid? InstituteOrganizationId { get; set; }

    /// <summary>The check boxes of the form, in its order (names as posted, kebab-case keys of their labels).</summary>
    public static IReadOnlyList<(string Name, string Id)> Flags { get; } =
    [
        (nameof(IndicationsConfirmed), "indications-confirmed"), (nameof(ExceptionalInstruction), "exceptional-instruction"),
        (nameof(KazakhstanMethodsExhausted), "kazakhstan-methods-exhausted"), (nameof(SelfArranged), "self-arranged"), (nameof(Pregnant), "pregnant"),
        (nameof(AutologousOrRelatedBoneMarrow), "autologous-or-related-bone-marrow"), (nameof(NeedsCare), "needs-care"),
        (nameof(ContinuationOfTreatment), "continuation-of-treatment"),
    ];

    public bool Flag(string name) => name switch
    {
        nameof(IndicationsConfirmed) => IndicationsConfirmed,
        nameof(ExceptionalInstruction) => ExceptionalInstruction,
        nameof(KazakhstanMethodsExhausted) => KazakhstanMethodsExhausted,
        nameof(SelfArranged) => SelfArranged,
        nameof(Pregnant) => Pregnant,
        nameof(AutologousOrRelatedBoneMarrow) => AutologousOrRelatedBoneMarrow,
        nameof(NeedsCare) => NeedsCare,
        nameof(ContinuationOfTreatment) => ContinuationOfTreatment,
        _ => false,
    };

    public NewAbroadCaseInput ToInput(Guid patientId) => new()
    {
        PatientId = patientId, Category = Category, IndicationId = IndicationId, Diagnosis = Diagnosis, IndicationsConfirmed = IndicationsConfirmed,
        ExceptionalInstruction = ExceptionalInstruction, KazakhstanMethodsExhausted = KazakhstanMethodsExhausted, SelfArranged = SelfArranged,
        Pregnant = Pregnant, AutologousOrRelatedBoneMarrow = AutologousOrRelatedBoneMarrow, NeedsCare = NeedsCare,
        ContinuationOfTreatment = ContinuationOfTreatment, InstituteOrganizationId = InstituteOrganizationId,
    };
}

/// <summary>
/// The application for treatment abroad (scheme step 1) in two POST steps (the IIN never in a URL): find the patient by
/// IIN among the clinic's own, then the application. An applicant who is not eligible gets the refusal on the form, and
/// nothing is saved.
/// </summary>
[Authorize(Policy = nameof(Permission.PrepareAbroadCases))]
public sealed class NewModel(PatientService patients, AbroadCaseService cases, LawLibrary law, JoldamaDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>find or case: which form the page shows.</summary>
    public string Step { get; private set; } = "find";

    [BindProperty]
    public string? Iin { get; set; }

    [BindProperty]
    public AbroadForm Form { get; set; } = new();

    public PatientRecord? Found { get; private set; }

    public AbroadLaw Law => law.Abroad;

    /// <summary>The proposed scheme names a research institute: the form asks which.</summary>
    public bool AsksInstitute => law.Abroad.Active.Steps.Any(s => s.Actor == AbroadActor.ResearchInstitute);

    public IReadOnlyList<(Guid Id, string Name)> Institutes { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFindAsync()
    {
        var found = await patients.FindByIinAsync(Scope, Iin, HttpContext.Actor(), HttpContext.RequestAborted);
        if (found.IsError)
        {
            return Refuse("find", found.Error);
        }

        await CaseStepAsync(found.Value);
        ModelState.Clear();
        Form = new AbroadForm();
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var ct = HttpContext.RequestAborted;
        var found = await patients.FindByIinAsync(Scope, Iin, HttpContext.Actor(), ct);
        if (found.IsError)
        {
            return Refuse("find", found.Error);
        }

        var created = await cases.CreateAsync(Scope, Form.ToInput(found.Value.Id), HttpContext.Actor(), ct);
        if (created.IsError)
        {
            await CaseStepAsync(found.Value);
            return Refuse("case", created.Error);
        }

        return Redirect($"/abroad/case/{created.Value.Id}?done=created");
    }

    public string? Invalid(string field) => string.Equals(ProblemField, field, StringComparison.Ordinal) ? "true" : null;

    private AccessScope Scope => User.Scope()!;

    private async Task CaseStepAsync(PatientRecord patient)
    {
        Step = "case";
        Found = patient;
        Iin = patient.Iin;
        if (AsksInstitute)
        {
            var kazakh = Languages.Current == Domain.Catalog.TextLanguage.Kk;
            Institutes = [.. (await db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.HtmcProvider).ToListAsync(HttpContext.RequestAborted))
                .Select(o => (o.Id, kazakh ? o.NameKk : o.NameRu)).OrderBy(o => o.Item2, StringComparer.CurrentCulture)];
        }
    }

    private PageResult Refuse(string step, Error error)
    {
        Step = step;
        Problem = text.DescribeAbroad(error);
        ProblemField = AbroadView.FieldOf(error);
        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }
}
