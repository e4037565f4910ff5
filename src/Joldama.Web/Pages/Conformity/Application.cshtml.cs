using Joldama.Application;
using Joldama.Application.Conformity;
using Joldama.Application.Conformity.Applications;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Conformity.Resources;
using Joldama.Application.Law;
using Joldama.Application.Localization;
using Joldama.Application.Organizations;
using Joldama.Application.Shared;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Conformity.Workflow;
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
/// One application: per code every criterion of Appendix 2 with the machine's finding. The inspector confirms or
/// overrides each (an override needs a written justification, §26.1) and submits; the head reads the decisions and
/// signs (§27) or returns it with a comment; the provider may withdraw it before signature. Outside reach: 404.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewConformityApplications))]
public sealed class ApplicationModel(
    ConformityApplicationService applications, ConclusionService conclusions, OrganizationService organizations, ProviderResourceService resources,
    LawLibrary law, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>What the page shows of one code of the application.</summary>
    public sealed record ItemView(ConformityApplicationItemRecord Item, string Name, IReadOnlyList<string> Specialists, IReadOnlyList<string> Devices, IReadOnlyList<CriterionView> Criteria);

    /// <summary>One criterion: what Appendix 2 asks and what the machine found, in the reader's language.</summary>
    public sealed record CriterionView(CriterionState State, string Requirement, string Finding);

    /// <summary>After a step: filed, decided, submitted, returned, signed, withdrawn.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public Guid ItemId { get; set; }

    [BindProperty]
    public int Criterion { get; set; }

    [BindProperty]
    public bool? Met { get; set; }

    [BindProperty]
    public string? Justification { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public ConformityApplicationRecord? Application { get; private set; }

    public string? OrganizationName { get; private set; }

    public IReadOnlyList<ItemView> Items { get; private set; } = [];

    public IReadOnlyList<ConclusionRecord> Conclusions { get; private set; } = [];

    public ConclusionRecord? Reissued { get; private set; }

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public bool CanReview { get; private set; }

    public bool CanSign { get; private set; }

    public bool CanWithdraw { get; private set; }

    public int Undecided => Items.Sum(i => i.Criteria.Count(c => c.State.Met is null));

    public string? Notice { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>A refused decision: shown on the criterion's own form, with what was typed.</summary>
    public string? DecisionProblem { get; private set; }

    public (Guid Item, int Criterion)? DecisionAt { get; private set; }

    public string? ReturnProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await LoadAsync(id);
        if (found is not null)
        {
            return found;
        }

        if (Done is "filed" or "decided" or "submitted" or "returned" or "signed" or "withdrawn")
        {
            Notice = text[$"conformity.application.done.{Done}"];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id)
    {
        if (!Scope.Can(Permission.ReviewConformityApplications))
        {
            return Forbid();
        }

        var input = new CriterionDecisionInput(ItemId, Criterion, Met ?? false, Justification);
        var decided = Met is null
            ? Result<ConformityApplicationRecord>.Failure(new InputInvalid("met", string.Empty, "met or not met"))
            : await applications.DecideAsync(Scope, id, input, HttpContext.Actor(), HttpContext.RequestAborted);
        if (decided.IsError)
        {
            DecisionProblem = text.DescribeConformity(decided.Error);
            DecisionAt = (ItemId, Criterion);
            return await RefuseAsync(id, decided.Error);
        }

        var code = decided.Value.Items.Single(i => i.Id == ItemId).Code;
        return Redirect($"/conformity/applications/{id}?done=decided#{Anchor(code, Criterion)}");
    }

    /// <summary>Confirms the machine's finding on every criterion not decided yet (no justification is needed to agree).</summary>
    public async Task<IActionResult> OnPostConfirmAllAsync(Guid id)
    {
        if (!Scope.Can(Permission.ReviewConformityApplications))
        {
            return Forbid();
        }

        var application = await applications.GetAsync(Scope, id, HttpContext.RequestAborted);
        if (application.IsError)
        {
            return await RefuseAsync(id, application.Error);
        }

        foreach (var item in application.Value.Items)
        {
            foreach (var criterion in item.Criteria.Where(c => c.Met is null))
            {
                var decided = await applications.DecideAsync(Scope, id, new CriterionDecisionInput(item.Id, criterion.Index, criterion.MachineMet, null), HttpContext.Actor(), HttpContext.RequestAborted);
                if (decided.IsError)
                {
                    Problem = text.DescribeConformity(decided.Error);
                    return await RefuseAsync(id, decided.Error);
                }
            }
        }

        return Redirect($"/conformity/applications/{id}?done=decided");
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id) =>
        StepAsync(id, Permission.ReviewConformityApplications, "submitted", () => applications.SubmitForSignatureAsync(Scope, id, HttpContext.Actor(), HttpContext.RequestAborted));

    public Task<IActionResult> OnPostWithdrawAsync(Guid id) =>
        StepAsync(id, Permission.FileConformityApplications, "withdrawn", () => applications.WithdrawAsync(Scope, id, HttpContext.Actor(), HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostReturnAsync(Guid id)
    {
        if (!Scope.Can(Permission.SignConclusions))
        {
            return Forbid();
        }

        var returned = await applications.ReturnAsync(Scope, id, new ReturnInput(Comment), HttpContext.Actor(), HttpContext.RequestAborted);
        if (returned.IsError)
        {
            ReturnProblem = text.DescribeConformity(returned.Error);
            return await RefuseAsync(id, returned.Error);
        }

        return Redirect($"/conformity/applications/{id}?done=returned");
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id)
    {
        if (!Scope.Can(Permission.SignConclusions))
        {
            return Forbid();
        }

        var signed = await applications.SignAsync(Scope, id, HttpContext.Actor(), HttpContext.RequestAborted);
        if (signed.IsError)
        {
            Problem = text.DescribeConformity(signed.Error);
            return await RefuseAsync(id, signed.Error);
        }

        return Redirect($"/conformity/applications/{id}?done=signed");
    }

    /// <summary>The id of a criterion's row: "crit-37-94-0".</summary>
    public static string Anchor(string code, int criterion) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"crit-{code.Replace('.', '-')}-{criterion}");

    private AccessScope Scope => User.Scope()!;

    private async Task<IActionResult> StepAsync(Guid id, Permission permission, string done, Func<Task<Result<ConformityApplicationRecord>>> step)
    {
        if (!Scope.Can(permission))
        {
            return Forbid();
        }

        var result = await step();
        if (result.IsError)
        {
            Problem = text.DescribeConformity(result.Error);
            return await RefuseAsync(id, result.Error);
        }

        return Redirect($"/conformity/applications/{id}?done={done}");
    }

    /// <summary>The page again with the refusal on it, and the error's status.</summary>
    private async Task<IActionResult> RefuseAsync(Guid id, Error error)
    {
        var found = await LoadAsync(id);
        if (found is not null)
        {
            return found;
        }

        return new PageResult { StatusCode = ErrorResults.StatusOf(error) };
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var scope = Scope;
        var ct = HttpContext.RequestAborted;
        var application = await applications.GetAsync(scope, id, ct);
        if (application.IsError)
        {
            Problem = text.Describe(application.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(application.Error) };
        }

        var a = Application = application.Value;
        var open = a.Status is ApplicationStatus.UnderReview or ApplicationStatus.AwaitingSignature;
        CanReview = scope.Can(Permission.ReviewConformityApplications) && a.Status == ApplicationStatus.UnderReview;
        CanSign = scope.Can(Permission.SignConclusions) && a.Status == ApplicationStatus.AwaitingSignature;
        CanWithdraw = scope.Can(Permission.FileConformityApplications) && a.OrganizationId == scope.OrganizationId && open;

        var organization = await organizations.GetAsync(scope, a.OrganizationId, ct);
        OrganizationName = organization.IsError ? null : organization.Value.Name(Languages.Current);

        var specialistIds = a.Items.SelectMany(i => i.SpecialistIds).Distinct().ToList();
        var deviceIds = a.Items.SelectMany(i => i.DeviceIds).Distinct().ToList();
        var specialists = await resources.VisibleSpecialists(scope).Where(s => specialistIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        var devices = await resources.VisibleDevices(scope).Where(d => deviceIds.Contains(d.Id)).ToListAsync(ct);
        var language = Languages.Current;
        string DeviceName(DeviceRecord d) =>
            $"{resources.DeviceTypes.FirstOrDefault(t => t.Ru == d.TypeName)?.In(language) ?? d.TypeName} ({d.Model} {d.SerialNumber}) × {d.Count}";
        var deviceNames = devices.ToDictionary(d => d.Id, DeviceName);

        Items = [.. a.Items.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i =>
        {
            var characteristic = ConformityRecheck.CharacteristicOf(law.Catalog, i.Code, i.EvaluatedOn);
            return new ItemView(
                i,
                characteristic?.Name.In(language) ?? string.Empty,
                [.. i.SpecialistIds.Select(s => specialists.GetValueOrDefault(s) ?? "—")],
                [.. i.DeviceIds.Select(d => deviceNames.GetValueOrDefault(d) ?? "—")],
                [.. i.Criteria.OrderBy(c => c.Index).Select(c => new CriterionView(c, FindingText.Criterion(text, characteristic, c), FindingText.Finding(text, c)))]);
        })];

        Conclusions = await conclusions.Visible(scope).Where(c => c.ApplicationId == id).OrderBy(c => c.Code).ToListAsync(ct);
        if (a.ReissueOfConclusionId is { } previous)
        {
            Reissued = await conclusions.Visible(scope).SingleOrDefaultAsync(c => c.Id == previous, ct);
        }

        return null;
    }
}
