using Joldama.Domain.Shared;

namespace Joldama.Application.Patients;

public sealed record PatientNotFound(string Reference)
    : NotFoundError("patient.not_found", $"No patient {Reference} within reach.");

/// <summary>The IIN belongs to a patient attached elsewhere: only the attachment organization changes the record.</summary>
public sealed record PatientAttachedElsewhere()
    : ConflictError("patient.attached_elsewhere", "This patient is attached to another organization; only it may change the record.");

public sealed record PhoneInvalid(string Value)
    : ValidationError("patient.phone_invalid", $"'{Value}' is not a Kazakhstan mobile number (+7 and 10 digits).")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["value"] = Value };
}

public sealed record EmailInvalid(string Value)
    : ValidationError("patient.email_invalid", $"'{Value}' is not an e-mail address.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["value"] = Value };
}

/// <summary>The attachment organization must be a primary-care organization (the patient's ПМСП).</summary>
public sealed record AttachmentNotPrimaryCare()
    : ValidationError("patient.attachment_not_primary_care", "The attachment organization must be a primary-care organization.");
