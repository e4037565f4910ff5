using Joldama.Application;
using Joldama.Application.Localization;
using Joldama.Application.Referrals;
using Joldama.Application.Referrals.Cases;
using Joldama.Application.Referrals.Documents;
using Joldama.Application.Referrals.FollowUps;
using Joldama.Application.Referrals.Workflow;
using Joldama.Data;
using Joldama.Data.Patients;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Joldama.Web.Pages.Referrals;

/// <summary>
/// One referral case: its state, funding, the §34 package (upload, completeness, the files), the providers offered
/// (§31 ¶2) and the patient's choice, the timeline of transitions, and the steps the caller's role may take in this
/// state (the table of Domain/Referrals/README.md). Every step posts the version read, so a stale page is refused.
/// Outside reach: 404.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewReferrals))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
[RequestSizeLimit(MaxUploadBytes + 65536)]
public sealed class CaseModel(
    ReferralCaseService cases, PackageDocumentService documents, ReferralStepService steps, FollowUpService followUps, JoldamaDbContext db,
    TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>Twice the file limit: a file a little too large still reaches the service, which says so on the form.</summary>
    private const long MaxUploadBytes = 2 * PackageFileRules.MaxBytes;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public StepForm Form { get; set; } = new();

    [BindProperty]
    public Guid? ProviderId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public FollowUpForm FollowUp { get; set; } = new();

    public ReferralCaseRecord? Case { get; private set; }

    public PatientRecord? Patient { get; private set; }

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<PackageDocumentKind> Missing { get; private set; } = [];

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Where the refusal is shown: the trigger's form, "upload-{kind}", or "choose".</summary>
    public string? ProblemAt { get; private set; }

    public string? ProblemField { get; private set; }

    public bool CanPrepare { get; private set; }

    /// <summary>§42: the recorded entries, for a case discharged (§41) or later.</summary>
    public IReadOnlyList<FollowUpRecord> FollowUps { get; private set; } = [];

    /// <summary>The attachment clinic may add an entry while the case is discharged or followed up.</summary>
    public bool CanRecordFollowUp { get; private set; }

    public DueState? Due => Case is null ? null : ReferralView.DueStateOf(Case.DueOn, Today);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        if (Done is { Length: > 0 and < 40 } done && text[$"referrals.done.{done}"] is { ResourceNotFound: false } said)
        {
            Notice = said.Value;
        }

        return Page();
    }

    /// <summary>A package file, served with the type read from its content, only while its checksum holds.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid doc)
    {
        var file = await documents.DownloadAsync(Scope, id, doc, HttpContext.Actor(), HttpContext.RequestAborted);
        if (file.IsError)
        {
            return await RefuseAsync(id, null, file.Error);
        }

        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(file.Value.Document.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(file.Value.Bytes, file.Value.Document.MediaType);
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id)
    {
        var at = "upload-" + Kind;
        Result<ReferralDocumentRecord> uploaded;
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

        return uploaded.IsError ? await RefuseAsync(id, at, uploaded.Error) : Redirect($"/referrals/{id}?done=uploaded#documents");
    }

    public async Task<IActionResult> OnPostDeleteDocumentAsync(Guid id, Guid doc)
    {
        var deleted = await documents.DeleteAsync(Scope, id, doc, HttpContext.Actor(), HttpContext.RequestAborted);
        return deleted.IsError ? await RefuseAsync(id, "documents", deleted.Error) : Redirect($"/referrals/{id}?done=deleted#documents");
    }

    public async Task<IActionResult> OnPostChooseAsync(Guid id)
    {
        var chosen = await cases.ChooseProviderAsync(Scope, id, ProviderId, Version, HttpContext.Actor(), HttpContext.RequestAborted);
        return chosen.IsError ? await RefuseAsync(id, "choose", chosen.Error) : Redirect($"/referrals/{id}?done=chosen#providers");
    }

    /// <summary>§42: a follow-up entry; a refusal is shown on the form, which keeps what was typed.</summary>
    public async Task<IActionResult> OnPostFollowUpAsync(Guid id)
    {
        var recorded = await followUps.RecordAsync(Scope, id, FollowUp.Kind, FollowUp.On, FollowUp.Note, HttpContext.Actor(), HttpContext.RequestAborted);
        return recorded.IsError
            ? await RefuseAsync(id, FollowUpForm.At, FollowUpForm.Refusal(recorded.Error))
            : Redirect($"/referrals/{id}?done={FollowUpForm.At}#follow-up");
    }

    /// <summary>Any step of the table: the trigger and what it requires, with the version the page was read at.</summary>
    public async Task<IActionResult> OnPostStepAsync(Guid id)
    {
        var moved = await steps.StepAsync(Scope, id, Form.ToInput(), Version, HttpContext.Actor(), HttpContext.RequestAborted);
        return moved.IsError ? await RefuseAsync(id, Form.Trigger, moved.Error) : Redirect($"/referrals/{id}?done={Form.Trigger}");
    }

    /// <summary>Whether the caller may fire <paramref name="trigger"/> now: the table's row, the role's kind, the right organization, the permission.</summary>
    public bool Can(ReferralTrigger trigger)
    {
        if (Case is not { } c || ReferralWorkflow.Find(c.State, trigger) is not { } row || ReferralReach.ActorKindOf(Scope.Role) is not { } kind || !row.By.Contains(kind))
        {
            return false;
        }

        var (permission, party) = kind switch
        {
            ActorKind.AttachmentClinic => (trigger is ReferralTrigger.StartFollowUp or ReferralTrigger.Close ? Permission.RecordFollowUp : Permission.PrepareReferrals,
                c.AttachmentOrganizationId == Scope.OrganizationId || c.SenderOrganizationId == Scope.OrganizationId),
            ActorKind.InpatientFacility => (Permission.PrepareReferrals, c.SenderOrganizationId == Scope.OrganizationId),
            ActorKind.Commission => (Permission.DecideReferrals, c.RegionCode == Scope.RegionCode),
            ActorKind.Provider => (Permission.HandleReferrals, c.ProviderOrganizationId == Scope.OrganizationId),
            _ => (Permission.ViewOwnRecords, false),
        };
        return party && Scope.Can(permission);
    }

    /// <summary>The refusal is shown at <paramref name="at"/> (and the page keeps what was typed there).</summary>
    public string? ProblemFor(string at) => string.Equals(ProblemAt, at, StringComparison.OrdinalIgnoreCase) ? Problem : null;

    public string? Invalid(string at, string field) =>
        string.Equals(ProblemAt, at, StringComparison.OrdinalIgnoreCase) && string.Equals(ProblemField, field, StringComparison.Ordinal) ? "true" : null;

    /// <summary>What a form shows: the typed value when it was this form that was refused, else nothing.</summary>
    public StepForm Typed(string trigger) => string.Equals(Form.Trigger, trigger, StringComparison.OrdinalIgnoreCase) ? Form : new StepForm();

    public string Name(Guid? organization) => organization is { } o ? Names.GetValueOrDefault(o) ?? "—" : "—";

    private AccessScope Scope => User.Scope()!;

    private async Task<IActionResult> RefuseAsync(Guid id, string? at, Error error)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Problem = text.DescribeReferral(error);
        ProblemAt = at;
        ProblemField = ReferralView.FieldOf(error);
        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var found = await cases.GetAsync(Scope, id, HttpContext.Actor(), ct);
        if (found.IsError)
        {
            Problem = text.Describe(found.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(found.Error) };
        }

        var c = Case = found.Value;
        Patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == c.PatientId, ct);
        Missing = PackageCompleteness.Missing(c.Documents.Select(d => d.Kind));
        CanPrepare = c.State == ReferralState.Draft && c.SenderOrganizationId == Scope.OrganizationId && Scope.Can(Permission.PrepareReferrals);
        CanRecordFollowUp = FollowUpForm.Open(c.State) && c.AttachmentOrganizationId == Scope.OrganizationId && Scope.Can(Permission.RecordFollowUp);
        if (FollowUpForm.Shown(c.State) && await followUps.ListAsync(Scope, id, ct) is { IsError: false } entries)
        {
            FollowUps = entries.Value;
        }

        Names = await ReferralView.OrganizationNamesAsync(db,
            [c.SenderOrganizationId, c.AttachmentOrganizationId, .. c.OfferedProviderIds, .. c.ProviderOrganizationId is { } p ? new[] { p } : []], ct);
        return null;
    }
}
