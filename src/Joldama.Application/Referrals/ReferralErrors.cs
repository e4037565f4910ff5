using Joldama.Domain.Shared;

namespace Joldama.Application.Referrals;

public sealed record ReferralNotFound(Guid Id)
    : NotFoundError("referral.not_found", $"Referral case {Id} not found.");

public sealed record DocumentNotFound(Guid Id)
    : NotFoundError("referral.document_not_found", $"Document {Id} not found.");

/// <summary>The stored bytes no longer match the checksum taken at upload: the file is not served.</summary>
public sealed record DocumentCorrupted(Guid Id)
    : ConflictError("referral.document_corrupted", $"Document {Id} does not match its checksum; upload it again.");

/// <summary>Optimistic concurrency: the case changed since the caller read it (If-Match / version).</summary>
public sealed record ReferralChangedMeanwhile(int Current)
    : ConflictError("referral.changed_meanwhile", $"The referral was changed by someone else (now version {Current}); reload and try again.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["version"] = Current.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

/// <summary>The role does not act in the referral workflow, or not for this step.</summary>
public sealed record StepNotPermitted(string Trigger)
    : RuleViolation("referral.step_not_permitted", $"Your role may not {Trigger} a referral.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["trigger"] = Trigger };
}

/// <summary>The package and the patient's choice can change only while the case is a draft.</summary>
public sealed record CaseNotDraft()
    : ConflictError("referral.not_draft", "The package can be changed only before it is sent to the commission.");

/// <summary>§31 ¶2: the patient chooses among the providers offered (a valid conclusion for the code).</summary>
public sealed record ProviderNotOffered()
    : RuleViolation("referral.provider_not_offered", "This provider holds no valid conclusion for the code; choose one of those offered.");

/// <summary>§36: the referral goes to a provider; the patient's choice is needed before the package is sent.</summary>
public sealed record ProviderRequired()
    : ValidationError("referral.provider_required", "Choose the provider (the patient's choice) before sending the package.");

/// <summary>The code is not an HTMC type on the day (it stands on no list in force).</summary>
public sealed record CodeNotHtmc(string Code)
    : ValidationError("referral.code_not_htmc", $"{Code} is not a type of high-tech care today.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["code"] = Code };
}

/// <summary>A clinic refers only its attached patients (§31).</summary>
public sealed record PatientNotAttached()
    : RuleViolation("referral.patient_not_attached", "The patient is not attached to your organization.");
