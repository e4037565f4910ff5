namespace Joldama.Application.Conformity.Evaluation;

// The JSON a provider's resources arrive in, shared by `joldama conformity evaluate` and (later) the API:
// what an application states against the characteristics of Appendix 2 (seed 001 §25). Every field is
// optional at this level, so that EvaluationRequestParser can name each missing or wrong one at once.
// Dates are strings ("YYYY-MM-DD") for the same reason. Format: docs/conformity-evaluate.md.
#pragma warning disable SA1402

/// <summary>A provider's staff, devices and figures to be read against the characteristics of some codes on a date.</summary>
/// <param name="On">The evaluation date, <c>YYYY-MM-DD</c>; absent: today in Kazakhstan.</param>
/// <param name="Codes">HTMC codes to evaluate; absent or empty: every code whose characteristic is in force on <paramref name="On"/>.</param>
/// <param name="Organization">The IVF figures (footnote *); absent where the provider gives none.</param>
public sealed record EvaluationRequest(
    string? On,
    IReadOnlyList<string?>? Codes,
    IReadOnlyList<SpecialistInput?>? Specialists,
    IReadOnlyList<DeviceInput?>? Devices,
    OrganizationInput? Organization);

/// <summary>A person on the provider's staff.</summary>
/// <param name="Id">The provider's identifier for the person; absent: the position in the list (<c>specialists[3]</c>).</param>
/// <param name="Name">Required: the reasons name people by it.</param>
public sealed record SpecialistInput(
    string? Id,
    string? Name,
    IReadOnlyList<CertificateInput?>? Certificates,
    IReadOnlyList<ExperienceInput?>? Experience,
    IReadOnlyList<EducationInput?>? Education,
    IReadOnlyList<ConditionInput?>? Conditions);

/// <summary>A specialist certificate, valid from <paramref name="ValidFrom"/> to <paramref name="ValidTo"/> (both required, both inclusive).</summary>
/// <param name="Specialty">As on the certificate; must equal the order's wording in kk or ru (case and spaces ignored).</param>
public sealed record CertificateInput(string? Specialty, string? Number, string? ValidFrom, string? ValidTo);

/// <summary>Years of work; <paramref name="Scope"/> is <c>specialty</c>, <c>department</c>, <c>field</c> or <c>overall</c>.</summary>
public sealed record ExperienceInput(decimal? Years, string? Scope, string? Where);

/// <summary>A completed continuing-education course.</summary>
public sealed record EducationInput(int? Hours, string? Topic, string? CompletedOn);

/// <summary>A permit or course held; <paramref name="Kind"/> is <c>radiation-permit</c>, <c>training</c> or <c>other</c>.</summary>
public sealed record ConditionInput(string? Kind, string? Text, string? ValidFrom, string? ValidTo);

/// <summary>Devices of one type; <paramref name="Count"/> absent means 1.</summary>
/// <param name="OutOfOrderSince">First day out of order; absent while they work.</param>
public sealed record DeviceInput(string? Type, int? Count, string? OutOfOrderSince);

/// <summary>The organization-level figures of the IVF footnote (*); all four are required when the object is given.</summary>
public sealed record OrganizationInput(decimal? YearsInIvf, decimal? CyclesPerYear, decimal? PregnancyRatePercent, decimal? BirthRatePercent);
