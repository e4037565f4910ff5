using Joldama.Application.Abroad.Cases;
using Joldama.Application.Localization;
using Joldama.Application.Shared;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;

namespace Joldama.Web.Api.Abroad;

/// <summary>An abroad case as the API shows it: enum values in kebab-case, texts of the law in the caller's language.</summary>
internal sealed record AbroadCaseJson(
    Guid Id, string Number, string Status, string Scheme, AbroadPatientJson Patient, Guid SenderOrganizationId, Guid? InstituteOrganizationId, string Region,
    AbroadEligibilityJson Eligibility, string Diagnosis, bool NeedsAccompanyingPerson, bool ContinuationOfTreatment, AbroadCurrentStepJson? Current,
    IReadOnlyList<AbroadStepJson> Steps, IReadOnlyList<AbroadDocumentJson> Documents, IReadOnlyList<AbroadOfferJson> Offers, AbroadSessionJson? Session,
    bool? Expedient, Guid? SelectedOfferId, DateOnly? PatientAgreedOn, string? SelectionProtocolNumber, AbroadContractJson? Contract, bool TravelPaidByBudget,
    string? RefusalReason, DateTimeOffset CreatedAt, int Version)
{
    public static AbroadCaseJson From(AbroadCaseView view)
    {
        var c = view.Case;
        var current = view.CurrentStep is { } step
            ? new AbroadCurrentStepJson(step.Number, InputEnums.Kebab(step.Actor), step.Does.In(UiLanguage.Current), c.DueOn, c.EscalatedAt is not null,
                view.Missing is { } missing ? [.. missing.Missing.Select(InputEnums.Kebab)] : [],
                view.Missing is { } lacking ? [.. lacking.MissingDocuments.Select(InputEnums.Kebab)] : [],
                new AbroadActionsJson(view.Can.Complete, view.Can.Refuse, view.Can.Upload, view.Can.Offers))
            : null;
        return new(c.Id, c.Number, InputEnums.Kebab(c.Status), c.SchemeId, new AbroadPatientJson(c.PatientId, view.PatientName, view.PatientIin),
            c.SenderOrganizationId, c.InstituteOrganizationId, c.RegionCode,
            new AbroadEligibilityJson(InputEnums.Kebab(c.Category), InputEnums.Kebab(c.EligibilityBasis), c.IndicationId, view.Indication?.Name.In(UiLanguage.Current),
                c.Priorities, view.Indication is { InOneSeedOnly: true, Note: { } note } ? [note] : [], c.EligibilityFacts),
            c.Diagnosis, c.NeedsAccompanyingPerson, c.ContinuationOfTreatment, current, [.. view.Steps.Select(AbroadStepJson.From)],
            [.. view.Documents.Select(AbroadDocumentJson.From)], [.. view.Offers.Select(AbroadOfferJson.From)], AbroadSessionJson.From(view.Session),
            c.Expedient, c.SelectedOfferId, c.PatientAgreedOn, c.SelectionProtocolNumber,
            c.ContractNumber is null ? null : new AbroadContractJson(c.ContractNumber, c.ContractDate, c.ContractAmount, c.ContractCurrency, c.AccompanyingPerson),
            c.TravelPaidByBudget, c.RefusalReason, c.CreatedAt, c.Version);
    }
}

internal sealed record AbroadPatientJson(Guid Id, string Name, string Iin);

internal sealed record AbroadEligibilityJson(
    string Category, string Basis, string? IndicationId, string? Indication, IReadOnlyList<string> Priorities, IReadOnlyList<string> Notes, IReadOnlyList<string> Facts);

/// <summary>The step to be taken: who, what, by when, what it still lacks, and what the caller may do.</summary>
internal sealed record AbroadCurrentStepJson(
    int Number, string Actor, string Does, DateOnly? DueOn, bool Escalated, IReadOnlyList<string> Missing, IReadOnlyList<string> MissingDocuments, AbroadActionsJson Can);

internal sealed record AbroadActionsJson(bool Complete, bool Refuse, bool Upload, bool Offers);

internal sealed record AbroadStepJson(int Number, string Actor, string? To, string Does, IReadOnlyList<string> Documents, int? WorkingDays, string State,
    DateOnly? DueOn, DateTimeOffset? At, string? By, string? Comment, IReadOnlyDictionary<string, string>? Values)
{
    public static AbroadStepJson From(AbroadStepView v) =>
        new(v.Step.Number, InputEnums.Kebab(v.Step.Actor), v.Step.To is { } to ? InputEnums.Kebab(to) : null, v.Step.Does.In(UiLanguage.Current),
            [.. v.Step.Documents.Select(InputEnums.Kebab)], v.Step.Deadline?.Value, InputEnums.Kebab(v.State), v.DueOn, v.Record?.At, v.Record?.Login,
            v.Record?.Comment, v.Record?.Values);
}

internal sealed record AbroadDocumentJson(Guid Id, string Kind, string FileName, string MediaType, long Size, string Sha256, DateTimeOffset UploadedAt)
{
    public static AbroadDocumentJson From(AbroadDocumentRecord d) => new(d.Id, InputEnums.Kebab(d.Kind), d.FileName, d.MediaType, d.Size, d.Sha256, d.UploadedAt);
}

internal sealed record AbroadOfferJson(
    Guid Id, string ClinicName, string Country, DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt, string? Program, string? Currency, decimal? Amount, bool Declined)
{
    public static AbroadOfferJson From(AbroadOfferRecord o) => new(o.Id, o.ClinicName, o.Country, o.RequestedAt, o.AnsweredAt, o.Program, o.Currency, o.Amount, o.Declined);
}

internal sealed record AbroadSessionJson(Guid Id, DateOnly Date, string Kind, string? Reason)
{
    public static AbroadSessionJson? From(AbroadSessionRecord? s) => s is null ? null : new(s.Id, s.Date, InputEnums.Kebab(s.Kind), s.Reason);
}

internal sealed record AbroadContractJson(string Number, DateOnly? Date, decimal? Amount, string? Currency, string? AccompanyingPerson);

/// <summary>One line of the worklist.</summary>
internal sealed record AbroadRowJson(Guid Id, string Number, string Status, int Step, string Actor, DateOnly? DueOn, bool Escalated, Guid? SessionId, DateTimeOffset CreatedAt, int Version);

internal sealed record SessionSummaryJson(Guid Id, DateOnly Date, string Kind, string? Reason, int Cases);

internal sealed record AgendaJson(AbroadSessionJson Session, IReadOnlyList<AgendaItemJson> Items);

internal sealed record AgendaItemJson(Guid CaseId, string Number, string PatientName, string PatientIin, string Diagnosis, string? Indication, bool Continuation,
    IReadOnlyList<AbroadOfferJson> Offers);

/// <summary>What a patient sees of their own abroad case in the cabinet.</summary>
internal sealed record AbroadCabinetJson(string Number, string Status, int Step, string? StepDoes, DateOnly? SessionDate, string? Clinic, DateOnly? ContractDate);

internal sealed record AbroadEscalationJson(Guid Id, Guid CaseId, int Step, DateOnly DueOn, DateTimeOffset RaisedAt);

/// <summary>The law of order No. 544 as loaded (eligibility, the schemes, the one in force).</summary>
internal sealed record AbroadLawJson(string ActiveScheme, IReadOnlyList<AbroadIndicationJson> Indications, IReadOnlyList<string> Categories, IReadOnlyList<AbroadSchemeJson> Schemes)
{
    public static AbroadLawJson From(AbroadLaw law) =>
        new(law.ActiveSchemeId,
            [.. law.Indications.Select(i => new AbroadIndicationJson(i.Id, i.Name.In(UiLanguage.Current), i.Seed003?.Text, i.Seed004?.Text, i.Transplantation, i.Note))],
            [.. law.Categories.Select(c => InputEnums.Kebab(c.Category))],
            [.. law.Schemes.Select(s => new AbroadSchemeJson(s.Id, s.Title.In(UiLanguage.Current), s.StatedTotal.Value,
                [.. s.Steps.Select(step => AbroadStepJson.From(new AbroadStepView(step, AbroadStepState.Pending, null, null)))]))]);
}

internal sealed record AbroadIndicationJson(string Id, string Name, string? Seed003, string? Seed004, bool Transplantation, string? Note);

internal sealed record AbroadSchemeJson(string Id, string Title, int StatedTotal, IReadOnlyList<AbroadStepJson> Steps);

internal sealed record NewSessionJson(string? Date, string? Kind, string? Reason);

internal sealed record OfferRequestJson(string? ClinicName, string? Country);

internal sealed record OfferAnswerJson(string? Program, string? Currency, decimal? Amount, bool Declined);

internal sealed record RefusalJson(int? Step, string? Reason);
