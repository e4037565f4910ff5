using Joldama.Application.Localization;
using Joldama.Application.Shared;
using Joldama.Data.Patients;
using Joldama.Data.Referrals;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.Package;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>
/// A referral case as the API shows it: enum values in kebab-case (as requests carry them), the package's documents
/// (metadata only) and what it still lacks (§34), the funding with a warning when not covered, the providers offered
/// (§31 ¶2) by name, the running deadline (§35.1, §38, §39) and every transition.
/// </summary>
internal sealed record ReferralJson(
    Guid Id, string? Number, string Route, string State, DateTimeOffset StateSince, ReferralPatientJson Patient,
    OrganizationJson? Sender, Guid AttachmentOrganizationId, string Region, string HtmcCode, string Diagnosis, string SpecialistConclusion, bool NeedsCarer,
    FundingJson Funding, string? FundingWarning, IReadOnlyList<OrganizationJson> OfferedProviders, OrganizationJson? Provider, DeadlineJson? Deadline,
    string? ProtocolNumber, string? RejectionGround, string? DecisionComment, DateOnly? HospitalizationDate, bool CarerPlaceProvided,
    string? InformChannel, DateTimeOffset? InformedAt, DateTimeOffset? AdmittedAt, DateOnly? DischargedOn, string? DischargeSummary, string? FollowUpPlan,
    string? CancellationReason, IReadOnlyList<DocumentJson> Documents, IReadOnlyList<string> MissingDocuments, IReadOnlyList<TransitionJson> Transitions,
    DateTimeOffset CreatedAt, int Version)
{
    public static ReferralJson From(
        ReferralCaseRecord c, PatientRecord patient, IReadOnlyList<ReferralDocumentRecord> documents, IReadOnlyList<ReferralTransitionRecord> transitions,
        OrganizationNames names, DateOnly today, IStringLocalizer text) =>
        new(c.Id, c.ReferralNumber, InputEnums.Kebab(c.Route), InputEnums.Kebab(c.State), c.StateSince, new ReferralPatientJson(patient.Id, patient.FullName, patient.Iin),
            names.Json(c.SenderOrganizationId), c.AttachmentOrganizationId, c.RegionCode, c.HtmcCode, c.Diagnosis, c.SpecialistConclusion, c.NeedsCarer,
            new FundingJson(c.FundingStream, c.FundingCovered, c.FundingExplanationIn(Language)),
            c.FundingCovered ? null : text.Describe("referral.funding_warning", new Dictionary<string, string> { ["explanation"] = c.FundingExplanationIn(Language) }, c.FundingExplanationIn(Language)),
            [.. c.OfferedProviderIds.Select(id => names.Json(id)!)], names.Json(c.ProviderOrganizationId), DeadlineJson.Of(c, today),
            c.ProtocolNumber, Kebab(c.RejectionGround), c.DecisionComment, c.HospitalizationDate, c.CarerPlaceProvided,
            Kebab(c.InformChannel), c.InformedAt, c.AdmittedAt, c.DischargedOn, c.DischargeSummary, c.FollowUpPlan, Kebab(c.CancellationReason),
            [.. documents.OrderBy(d => d.Kind).ThenBy(d => d.UploadedAt).Select(DocumentJson.From)],
            [.. PackageCompleteness.Missing(documents.Select(d => d.Kind)).Select(k => InputEnums.Kebab(k))],
            [.. transitions.OrderBy(t => t.At).Select(TransitionJson.Of)], c.CreatedAt, c.Version);

    private static string Language => Localization.Languages.CurrentCode;

    public static string? Kebab<T>(T? value)
        where T : struct, Enum => value is { } v ? InputEnums.Kebab(v) : null;
}

internal sealed record ReferralPatientJson(Guid Id, string Name, string Iin);

/// <summary>Who pays as assessed when the case was opened: "gobmp", "osms", "paid" or none.</summary>
internal sealed record FundingJson(string? Stream, bool Covered, string Explanation);

/// <summary>The deadline running in the current state, its last day and whether that day is ahead, today or past.</summary>
internal sealed record DeadlineJson(string Kind, DateOnly? DueOn, string? Due)
{
    public static DeadlineJson? Of(ReferralCaseRecord c, DateOnly today) =>
        c.Deadline is { } deadline
            ? new DeadlineJson(InputEnums.Kebab(deadline), c.DueOn, c.DueOn is { } due ? InputEnums.Kebab(ReferralDeadlines.StateOn(due, today)) : null)
            : null;
}

internal sealed record DocumentJson(Guid Id, string Kind, string FileName, string MediaType, long Size, string Sha256, DateTimeOffset UploadedAt)
{
    public static DocumentJson From(ReferralDocumentRecord d) => new(d.Id, InputEnums.Kebab(d.Kind), d.FileName, d.MediaType, d.Size, d.Sha256, d.UploadedAt);
}

internal sealed record TransitionJson(
    string From, string To, string Trigger, string ActorKind, string ActorLogin, Guid? ActorOrganizationId, DateTimeOffset At, string? Comment,
    IReadOnlyDictionary<string, string> Values)
{
    public static TransitionJson Of(ReferralTransitionRecord t) =>
        new(InputEnums.Kebab(t.From), InputEnums.Kebab(t.To), InputEnums.Kebab(t.Trigger), InputEnums.Kebab(t.ActorKind), t.ActorLogin, t.ActorOrganizationId,
            t.At, t.Comment, t.Values);
}
