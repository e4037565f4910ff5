using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;

namespace Joldama.Application.Abroad.Cases;

/// <summary>Where a step of the scheme stands on a case.</summary>
public enum AbroadStepState
{
    Done,
    Refused,
    Current,
    Pending,
}

/// <summary>A step of the case's scheme with its record once taken, and its due date (recorded, or running for the current step).</summary>
public sealed record AbroadStepView(AbroadStep Step, AbroadStepState State, AbroadStepRecord? Record, DateOnly? DueOn);

/// <summary>What the caller may do on the case now (the pages show only these; the services check again).</summary>
public sealed record AbroadCaseActions(bool Complete, bool Refuse, bool Upload, bool Offers);

/// <summary>An abroad case as its pages and the API show it.</summary>
public sealed record AbroadCaseView(
    AbroadCaseRecord Case,
    string PatientName,
    string PatientIin,
    AbroadScheme Scheme,
    AbroadIndication? Indication,
    IReadOnlyList<AbroadStepView> Steps,
    IReadOnlyList<AbroadDocumentRecord> Documents,
    IReadOnlyList<AbroadOfferRecord> Offers,
    AbroadSessionRecord? Session,
    AbroadStepIncomplete? Missing,
    AbroadCaseActions Can)
{
    public AbroadStep? CurrentStep => Case.Status == AbroadCaseStatus.InProgress ? Scheme.Step(Case.CurrentStep) : null;
}

/// <summary>An abroad case as the patient sees it in the cabinet: the current step (none once closed), the session, the selected clinic.</summary>
public sealed record AbroadCabinetRow(AbroadCaseRecord Case, AbroadStep? Step, DateOnly? SessionDate, string? Clinic);
