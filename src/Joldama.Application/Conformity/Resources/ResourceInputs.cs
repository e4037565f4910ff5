namespace Joldama.Application.Conformity.Resources;

/// <summary>A specialist as the API, the UI and the CSV import give it (dates are YYYY-MM-DD).</summary>
public sealed record SpecialistInput(
    string? FullName,
    string? Iin,
    IReadOnlyList<CertificateInput>? Certificates,
    IReadOnlyList<ExperienceInput>? Experience,
    IReadOnlyList<EducationInput>? Education,
    IReadOnlyList<ConditionInput>? Conditions);

/// <summary>A specialty certificate: the specialty as Appendix 2 words it, its number and validity.</summary>
public sealed record CertificateInput(string? Specialty, string? Number, string? ValidFrom, string? ValidTo);

/// <summary>Years of work: <c>scope</c> is specialty | department | field | overall; <c>where</c> names the department or field.</summary>
public sealed record ExperienceInput(decimal? Years, string? Scope, string? Where);

/// <summary>A continuing-education course: hours, topic, completion date.</summary>
public sealed record EducationInput(int? Hours, string? Topic, string? CompletedOn);

/// <summary>Another condition held: <c>kind</c> is radiation-permit | training | other.</summary>
public sealed record ConditionInput(string? Kind, string? Text, string? ValidFrom, string? ValidTo);

/// <summary>Medical devices of one type (an Appendix 2 device name), model and serial.</summary>
public sealed record DeviceInput(string? TypeName, string? Model, string? SerialNumber, int? Count, string? OutOfOrderSince);

/// <summary>§29: the day a specialist left, or a device went out of order or was written off.</summary>
public sealed record ResourceChangeInput(string? On);
