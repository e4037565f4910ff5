using Joldama.Application;
using Joldama.Application.Patients;
using Joldama.Application.Referrals.Cases;
using Joldama.Data;
using Joldama.Data.Patients;
using Joldama.Domain.Access;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Organizations;
using Joldama.Domain.Patients;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Joldama.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Referrals;

/// <summary>
/// A new referral in three POST steps (the IIN never in a URL): find the patient by IIN; if unknown, register them
/// (birth date and sex come from the IIN; contacts, language, insurance as checked, §19 groups); then the case — the
/// HTMC code, the diagnosis, the profile specialist's conclusion (§31) and whether a carer is needed (Ch. 2 §11–12).
/// </summary>
[Authorize(Policy = nameof(Permission.PrepareReferrals))]
public sealed class NewModel(PatientService patients, ReferralCaseService cases, JoldamaDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>find, register or case: which form the page shows.</summary>
    public string Step { get; private set; } = "find";

    [BindProperty]
    public string? Iin { get; set; }

    [BindProperty]
    public PatientForm Patient { get; set; } = new();

    [BindProperty]
    public CaseForm Case { get; set; } = new();

    /// <summary>A retried "create" (a double click, a reload) returns the case the first one opened.</summary>
    [BindProperty]
    public string? IdempotencyKey { get; set; }

    /// <summary>The IIN as parsed: birth date and sex shown before the registration.</summary>
    public Iin? ParsedIin { get; private set; }

    public PatientRecord? Found { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Clinics { get; private set; } = [];

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public bool UnderFive => Found?.BirthDate is { } born && CarerNeed.IsUnderFive(born, Today);

    public bool IsHospital => User.Scope()?.Role == Role.HospitalPhysician;

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    public string? ProblemField { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFindAsync()
    {
        var found = await patients.FindByIinAsync(Scope, Iin, HttpContext.Actor(), HttpContext.RequestAborted);
        if (found.IsError && found.Error is PatientNotFound)
        {
            return await RegisterStepAsync(text["referrals.new.notFound"], null);
        }

        if (found.IsError)
        {
            return Refuse("find", found.Error);
        }

        return CaseStep(found.Value, null);
    }

    public async Task<IActionResult> OnPostRegisterAsync()
    {
        var saved = await patients.SaveAsync(Scope, Patient.ToInput(Iin), HttpContext.Actor(), HttpContext.RequestAborted);
        if (saved.IsError)
        {
            return await RegisterStepAsync(null, saved.Error);
        }

        return CaseStep(saved.Value, text["referrals.new.registered"]);
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var ct = HttpContext.RequestAborted;
        var found = await patients.FindByIinAsync(Scope, Iin, HttpContext.Actor(), ct);
        if (found.IsError)
        {
            return Refuse("find", found.Error);
        }

        var input = new NewReferralInput(found.Value.Id, Case.HtmcCode, Case.Diagnosis, Case.SpecialistConclusion, Case.NeedsCarer);
        var created = await cases.CreateAsync(Scope, input, IdempotencyKey, HttpContext.Actor(), ct);
        if (created.IsError)
        {
            CaseStep(found.Value, null);
            return Refuse("case", created.Error);
        }

        return Redirect($"/referrals/{created.Value.Case.Id}?done=created");
    }

    private AccessScope Scope => User.Scope()!;

    private PageResult CaseStep(PatientRecord patient, string? notice)
    {
        Step = "case";
        Found = patient;
        Iin = patient.Iin;
        Notice = notice;
        IdempotencyKey ??= Guid.NewGuid().ToString("N");
        ModelState.Clear(); // the case form starts from the model, not from what the previous step posted
        return Page();
    }

    private async Task<IActionResult> RegisterStepAsync(string? notice, Error? error)
    {
        Step = "register";
        Notice = notice;
        var parsed = Domain.Identifiers.Iin.Parse(Iin);
        ParsedIin = parsed.IsError ? null : parsed.Value;
        if (IsHospital)
        {
            // §40: a hospital registers a patient attached elsewhere by naming the attachment clinic.
            var kazakh = Languages.Current == Domain.Catalog.TextLanguage.Kk;
            Clinics = [.. (await db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.PrimaryCare).ToListAsync(HttpContext.RequestAborted))
                .Select(o => (o.Id, kazakh ? o.NameKk : o.NameRu)).OrderBy(o => o.Item2, StringComparer.CurrentCulture)];
        }

        return error is null ? Page() : Refuse("register", error);
    }

    private PageResult Refuse(string step, Error error)
    {
        Step = step;
        Problem = text.DescribeReferral(error);
        ProblemField = ReferralView.FieldOf(error);
        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }
}
