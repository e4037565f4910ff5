using Joldama.Application.Conformity;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Law;
using Joldama.Data.Conformity;
using Joldama.Domain.Conformity;
using Joldama.Domain.Conformity.Workflow;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Conformity;

internal sealed record SpecialistJson(
    Guid Id, Guid OrganizationId, string FullName, string Iin, IReadOnlyList<SpecialtyCertificate> Certificates,
    IReadOnlyList<ExperienceEntry> Experience, IReadOnlyList<EducationRecord> Education, IReadOnlyList<HeldCondition> Conditions,
    DateOnly? LeftOn, int Version)
{
    public static SpecialistJson From(SpecialistRecord s) =>
        new(s.Id, s.OrganizationId, s.FullName, s.Iin, s.Certificates, s.Experience, s.Education, s.Conditions, s.LeftOn, s.Version);
}

internal sealed record DeviceJson(
    Guid Id, Guid OrganizationId, string TypeName, string Model, string SerialNumber, int Count, DateOnly? OutOfOrderSince, DateOnly? RetiredOn, int Version)
{
    public static DeviceJson From(DeviceRecord d) =>
        new(d.Id, d.OrganizationId, d.TypeName, d.Model, d.SerialNumber, d.Count, d.OutOfOrderSince, d.RetiredOn, d.Version);
}

internal sealed record DeviceTypeJson(string NameKk, string NameRu);

/// <summary>A change of staff or devices: the record as it is now and the conclusions that no longer hold because of it (§29).</summary>
internal sealed record ChangeJson<T>(T Record, IReadOnlyList<FlaggedJson> Flagged);

internal sealed record FlaggedJson(Guid ConclusionId, string Number, string Code);

/// <summary>A criterion with the machine's finding and the inspector's decision, in the reader's language.</summary>
internal sealed record CriterionJson(
    int Index, string Kind, string Criterion, bool MachineMet, string Finding, string Reason,
    bool? Met, bool Overrides, string? Justification, DateTimeOffset? DecidedAt)
{
    public static CriterionJson From(CriterionState c, Domain.Catalog.Characteristic? characteristic, IStringLocalizer text) =>
        new(c.Index, c.Kind.ToString().ToLowerInvariant(), FindingText.Criterion(text, characteristic, c), c.MachineMet, FindingText.Finding(text, c), c.Reason,
            c.Met, c.Overrides, c.Justification, c.DecidedAt);
}

internal sealed record ApplicationItemJson(
    Guid Id, string Code, string Name, int? PlannedVolume, IReadOnlyList<Guid> SpecialistIds, IReadOnlyList<Guid> DeviceIds,
    OrganizationFacts? Facts, DateOnly EvaluatedOn, bool MachineConforms, IReadOnlyList<CriterionJson> Criteria);

/// <summary>An application with its deadline (§26.1: 30 calendar days from receipt) and whether it is overdue today.</summary>
internal sealed record ApplicationJson(
    Guid Id, string Number, Guid OrganizationId, string Region, int ForYear, string Kind, string Status,
    DateOnly ReceivedOn, DateOnly ReviewDueOn, int DaysLeft, bool Overdue,
    Guid? ReissueOfConclusionId, string? ReissueReason, string? ReissueNote, string? ReturnComment,
    DateTimeOffset FiledAt, DateTimeOffset? SignedAt, int Version, IReadOnlyList<ApplicationItemJson> Items)
{
    public static ApplicationJson From(ConformityApplicationRecord a, LawLibrary law, DateOnly today, IStringLocalizer text)
    {
        var open = a.Status is ApplicationStatus.UnderReview or ApplicationStatus.AwaitingSignature;
        return new(a.Id, a.Number, a.OrganizationId, a.RegionCode, a.ForYear, a.Kind.ToString(), a.Status.ToString(),
            a.ReceivedOn, a.ReviewDueOn, a.ReviewDueOn.DayNumber - today.DayNumber, open && today > a.ReviewDueOn,
            a.ReissueOfConclusionId, a.ReissueReason?.ToString(), a.ReissueNote, a.ReturnComment, a.FiledAt, a.SignedAt, a.Version,
            [.. a.Items.Select(i => Item(i, law, text))]);
    }

    private static ApplicationItemJson Item(ConformityApplicationItemRecord i, LawLibrary law, IStringLocalizer text)
    {
        var characteristic = ConformityRecheck.CharacteristicOf(law.Catalog, i.Code, i.EvaluatedOn);
        return new(i.Id, i.Code, Names.Of(characteristic?.Name), i.PlannedVolume, i.SpecialistIds, i.DeviceIds, i.Facts, i.EvaluatedOn,
            i.Criteria.All(c => c.MachineMet), [.. i.Criteria.Select(c => CriterionJson.From(c, characteristic, text))]);
    }
}

internal sealed record ConclusionJson(
    Guid Id, string Number, Guid ApplicationId, Guid OrganizationId, string Region, string Code, string Name, bool Positive,
    DateOnly? ValidFrom, DateOnly? ValidTo, string Status, string SignedByName, DateTimeOffset SignedAt,
    Guid? SupersedesId, Guid? SupersededById, string? ReissueReason, DateTimeOffset? FundCopyAt, DateTimeOffset? FlaggedAt,
    IReadOnlyList<CriterionJson> Criteria)
{
    public static ConclusionJson From(ConclusionRecord c, LawLibrary law, IStringLocalizer text)
    {
        var characteristic = ConformityRecheck.CharacteristicOf(law.Catalog, c.Code, c.SignedOn);
        return new(c.Id, c.Number, c.ApplicationId, c.OrganizationId, c.RegionCode, c.Code, Names.Of(characteristic?.Name), c.Positive,
            c.ValidFrom, c.ValidTo, c.Status.ToString(), c.SignedByName, c.SignedAt, c.SupersedesId, c.SupersededById, c.ReissueReason?.ToString(),
            c.FundCopyAt, c.FlaggedAt, [.. c.Criteria.Select(x => CriterionJson.From(x, characteristic, text))]);
    }
}

internal sealed record RegisterJson(string Code, DateOnly Date, string? Region, IReadOnlyList<ConclusionService.RegisterEntry> Providers);

internal sealed record AlertJson(
    Guid Id, Guid ConclusionId, Guid OrganizationId, string Region, string Code, DateTimeOffset RaisedAt, string Trigger, string Subject,
    DateOnly ChangedOn, DateOnly RecordedOn, DateOnly? UpdateDueOn, bool RecordedLate, IReadOnlyList<string> Failures,
    DateTimeOffset? ProviderAcknowledgedAt, DateTimeOffset? DepartmentAcknowledgedAt)
{
    public static AlertJson From(ConformityAlertRecord a, IStringLocalizer text) =>
        new(a.Id, a.ConclusionId, a.OrganizationId, a.RegionCode, a.Code, a.RaisedAt, a.Trigger, a.Subject, a.ChangedOn, a.RecordedOn, a.UpdateDueOn,
            a.RecordedOn > a.UpdateDueOn, [.. a.Failures.Select(f => FindingText.Finding(text, f))], a.ProviderAcknowledgedAt, a.DepartmentAcknowledgedAt);
}

internal static class Names
{
    /// <summary>The name in the reader's language (kk or ru).</summary>
    public static string Of(Domain.Catalog.BilingualText? name) =>
        name is null ? string.Empty
        : Localization.Languages.Current == Domain.Catalog.TextLanguage.Kk ? name.Kk : name.Ru;
}
