namespace Joldama.Application.Conformity.Applications;

/// <summary>
/// An application for conformity (seed 001 App. 1): for a year, the codes with the specialists and devices put
/// forward for each, and the planned volume (left empty by a first-time applicant, App. 1 note 2).
/// </summary>
public sealed record FileApplicationInput(int? ForYear, bool FirstTime, IReadOnlyList<ApplicationItemInput>? Items);

public sealed record ApplicationItemInput(
    string? Code,
    int? PlannedVolume,
    IReadOnlyList<Guid>? SpecialistIds,
    IReadOnlyList<Guid>? DeviceIds,
    OrganizationFactsInput? Facts);

/// <summary>The IVF footnote's figures (App. 2, *): years in IVF, cycles a year, pregnancy and birth rates per transfer.</summary>
public sealed record OrganizationFactsInput(decimal? YearsInIvf, decimal? CyclesPerYear, decimal? PregnancyRatePercent, decimal? BirthRatePercent);

/// <summary>A request to re-issue a conclusion (§26.4, §30); <c>newCode</c> only for a change of code.</summary>
public sealed record ReissueInput(Guid ConclusionId, string? Reason, string? NewCode, string? Note);

/// <summary>The inspector's decision on one criterion: met or not, and why (required when it differs from the machine).</summary>
public sealed record CriterionDecisionInput(Guid ItemId, int Criterion, bool Met, string? Justification);

/// <summary>The head returns an application to the inspector with a comment.</summary>
public sealed record ReturnInput(string? Comment);
