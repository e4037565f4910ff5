using Joldama.Application;
using Joldama.Application.Abroad.Cases;
using Joldama.Application.Abroad.Documents;
using Joldama.Application.Abroad.Offers;
using Joldama.Application.Abroad.Workflow;
using Joldama.Application.Law;
using Joldama.Application.Localization;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Abroad;

/// <summary>
/// One abroad case: the patient, the eligibility, the scheme's steps as a timeline, what the current step still lacks,
/// the files, the foreign clinics' offers side by side, and the forms of the party whose step it is (the services'
/// <see cref="AbroadCaseActions"/>). Completing or refusing a step posts the version the page showed, so a stale page is
/// refused. Outside reach: 404.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewAbroadCases))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
[RequestSizeLimit(MaxUploadBytes + 65536)]
public sealed class CaseModel(
    AbroadCaseService cases, AbroadStepService steps, AbroadDocumentService documents, AbroadOfferService offers, JoldamaDbContext db, LawLibrary law,
    TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>Twice the file limit: a file a little too large still reaches the check, which says so on the form.</summary>
    private const long MaxUploadBytes = 2 * PackageFileRules.MaxBytes;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public AbroadStepForm Form { get; set; } = new();

    [BindProperty]
    public AbroadOfferForm Offer { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public AbroadCaseView? View { get; private set; }

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Where the refusal is shown: complete, refuse, upload, request, answer-{offer}.</summary>
    public string? ProblemAt { get; private set; }

    public string? ProblemField { get; private set; }

    public bool CountryReach => Scope.Reach == RoleReach.Country;

    public AbroadStep? Current => View?.CurrentStep;

    public bool AsksVerdict => View?.Can.Complete == true && Current?.Documents.Contains(AbroadDocument.ExpediencyConclusion) == true;

    public bool AsksSelection => View?.Can.Complete == true && Current?.Documents.Contains(AbroadDocument.ClinicSelection) == true;

    public bool AsksContract => View?.Can.Complete == true && Current?.Documents.Contains(AbroadDocument.Contract) == true;

    public AbroadOfferRecord? Selected => View?.Case.SelectedOfferId is { } id ? View.Offers.FirstOrDefault(o => o.Id == id) : null;

    /// <summary>The files the current step sends (those missing first), to preselect in the upload form.</summary>
    public IReadOnlyList<AbroadDocument> StepFiles =>
        View is { } v && Current is { } step
            ? [.. AbroadStepRules.DocumentsFor(law.Abroad, v.Scheme, step).OrderBy(d => v.Documents.Any(f => f.Kind == d))]
            : [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        if (Done is { Length: > 0 and < 40 } done && text[$"abroad.done.{done}"] is { ResourceNotFound: false } said)
        {
            Notice = said.Value;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id)
    {
        Result<AbroadDocumentRecord> uploaded;
        if (Upload is null || Upload.Length == 0)
        {
            uploaded = new EmptyFile();
        }
        else if (Upload.Length > PackageFileRules.MaxBytes)
        {
            uploaded = new FileTooLarge(Upload.Length, PackageFileRules.MaxBytes);
        }
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, HttpContext.RequestAborted);
            uploaded = await documents.UploadAsync(Scope, id, Kind, Upload.FileName, buffer.ToArray(), HttpContext.Actor(), HttpContext.RequestAborted);
        }

        return uploaded.IsError ? await RefuseAsync(id, "upload", uploaded.Error) : Redirect($"/abroad/case/{id}?done=uploaded#documents");
    }

    public async Task<IActionResult> OnPostRequestAsync(Guid id)
    {
        var requested = await offers.RequestAsync(Scope, id, Offer.ClinicName, Offer.Country, HttpContext.Actor(), HttpContext.RequestAborted);
        return requested.IsError ? await RefuseAsync(id, "request", requested.Error) : Redirect($"/abroad/case/{id}?done=requested#offers");
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id)
    {
        var at = "answer-" + Offer.OfferId;
        if (Offer.OfferId is not { } offerId)
        {
            return await RefuseAsync(id, at, new Application.Abroad.AbroadOfferNotFound(Guid.Empty));
        }

        var answered = await offers.AnswerAsync(Scope, id, offerId, Offer.Program, Offer.Currency, AbroadStepForm.Amount(Offer.Amount), Offer.Declined,
            HttpContext.Actor(), HttpContext.RequestAborted);
        return answered.IsError ? await RefuseAsync(id, at, answered.Error) : Redirect($"/abroad/case/{id}?done=answered#offers");
    }

    public async Task<IActionResult> OnPostCompleteAsync(Guid id)
    {
        var moved = await steps.CompleteAsync(Scope, id, Form.ToInput(), Version, HttpContext.Actor(), HttpContext.RequestAborted);
        return moved.IsError ? await RefuseAsync(id, "complete", moved.Error) : Redirect($"/abroad/case/{id}?done=completed");
    }

    public async Task<IActionResult> OnPostRefuseAsync(Guid id)
    {
        var refused = await steps.RefuseAsync(Scope, id, Form.Step, Reason, Version, HttpContext.Actor(), HttpContext.RequestAborted);
        return refused.IsError ? await RefuseAsync(id, "refuse", refused.Error) : Redirect($"/abroad/case/{id}?done=refused");
    }

    public string? ProblemFor(string at) => string.Equals(ProblemAt, at, StringComparison.OrdinalIgnoreCase) ? Problem : null;

    public string? Invalid(string at, string field) =>
        string.Equals(ProblemAt, at, StringComparison.OrdinalIgnoreCase) && string.Equals(ProblemField, field, StringComparison.Ordinal) ? "true" : null;

    /// <summary>What the complete form shows: what was typed when it was refused, else the defaults (the contract in the selected offer's currency).</summary>
    public AbroadStepForm Typed => ProblemAt == "complete" ? Form : new AbroadStepForm { ContractCurrency = Selected?.Currency };

    public AbroadOfferForm TypedOffer(string at) => string.Equals(ProblemAt, at, StringComparison.OrdinalIgnoreCase) ? Offer : new AbroadOfferForm();

    public string Name(Guid? organization) => organization is { } o ? Names.GetValueOrDefault(o) ?? "—" : "—";

    private AccessScope Scope => User.Scope()!;

    private async Task<IActionResult> RefuseAsync(Guid id, string at, Error error)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Problem = text.DescribeAbroad(error);
        ProblemAt = at;
        ProblemField = AbroadView.FieldOf(error);
        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var found = await cases.ViewAsync(Scope, id, HttpContext.Actor(), ct);
        if (found.IsError)
        {
            Problem = text.Describe(found.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(found.Error) };
        }

        View = found.Value;
        var c = View.Case;
        Names = await Referrals.ReferralView.OrganizationNamesAsync(db,
            [c.SenderOrganizationId, .. c.InstituteOrganizationId is { } institute ? new[] { institute } : [], .. View.Steps.Where(s => s.Record is not null).Select(s => s.Record!.OrganizationId)], ct);
        return null;
    }
}
