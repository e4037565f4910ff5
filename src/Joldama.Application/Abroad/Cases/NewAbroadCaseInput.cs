namespace Joldama.Application.Abroad.Cases;

/// <summary>The application for treatment abroad (scheme step 1) with the facts eligibility is judged on.</summary>
public sealed record NewAbroadCaseInput
{
    public Guid? PatientId { get; init; }

    /// <summary>citizen | child | injured-on-duty.</summary>
    public string? Category { get; init; }

    /// <summary>The disease of the list (GET /api/abroad/law lists them).</summary>
    public string? IndicationId { get; init; }

    public string? Diagnosis { get; init; }

    public bool IndicationsConfirmed { get; init; }

    public bool ExceptionalInstruction { get; init; }

    public bool KazakhstanMethodsExhausted { get; init; }

    public bool SelfArranged { get; init; }

    public bool Pregnant { get; init; }

    public bool AutologousOrRelatedBoneMarrow { get; init; }

    /// <summary>An adult who needs care travels with an accompanying person (children always do).</summary>
    public bool NeedsCare { get; init; }

    /// <summary>Treatment abroad that must continue: the case may go before an extraordinary session.</summary>
    public bool ContinuationOfTreatment { get; init; }

    /// <summary>The proposed scheme's research institute, when that scheme is in force.</summary>
    public Guid? InstituteOrganizationId { get; init; }
}
