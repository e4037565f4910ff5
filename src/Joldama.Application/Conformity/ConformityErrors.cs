using System.Globalization;
using Joldama.Domain.Shared;

namespace Joldama.Application.Conformity;

public sealed record SpecialistNotFound(Guid Id)
    : NotFoundError("conformity.specialist_not_found", $"Specialist {Id} not found.");

public sealed record DeviceNotFound(Guid Id)
    : NotFoundError("conformity.device_not_found", $"Device {Id} not found.");

public sealed record ApplicationNotFound(Guid Id)
    : NotFoundError("conformity.application_not_found", $"Application {Id} not found.");

public sealed record ConclusionNotFound(Guid Id)
    : NotFoundError("conformity.conclusion_not_found", $"Conclusion {Id} not found.");

public sealed record AlertNotFound(Guid Id)
    : NotFoundError("conformity.alert_not_found", $"Alert {Id} not found.");

/// <summary>Seed 001 Appendix 2 has no characteristic in force for the code on the day: no conclusion can be given for it.</summary>
public sealed record CodeWithoutCharacteristic(string Code, DateOnly On)
    : ValidationError("conformity.code_without_characteristic", string.Create(CultureInfo.InvariantCulture, $"Code {Code} has no characteristic in Appendix 2 in force on {On:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>
    {
        ["code"] = Code, ["date"] = On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>§24: "first time" is for a type of HTMC the organization never held a conclusion for.</summary>
public sealed record NotFirstTime(string Code)
    : RuleViolation("conformity.not_first_time", $"The organization already held a conclusion for {Code}; this is not a first-time application.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["code"] = Code };
}

/// <summary>App. 1 note 2: only a first-time applicant leaves the planned volume empty.</summary>
public sealed record PlannedVolumeRequired(string Code)
    : ValidationError("conformity.planned_volume_required", $"Code {Code}: the planned volume is required (only a first-time applicant leaves it empty).")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["code"] = Code };
}

/// <summary>An application names each code once and at least one code.</summary>
public sealed record ApplicationCodesInvalid(string Problem)
    : ValidationError("conformity.codes_invalid", $"The codes of the application are not valid: {Problem}.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["problem"] = Problem };
}

/// <summary>Specialists and devices put forward must be the applicant's own, on staff and in service.</summary>
public sealed record ResourceNotAvailable(string Kind, Guid Id)
    : ValidationError("conformity.resource_not_available", $"The {Kind} {Id} is not on the organization's current staff or equipment.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>
    {
        ["kind"] = Kind, ["id"] = Id.ToString(),
    };
}

/// <summary>A device type must be one of Appendix 2's device names (kk or ru), so the evaluator can match it.</summary>
public sealed record DeviceTypeUnknown(string TypeName)
    : ValidationError("conformity.device_type_unknown", $"'{TypeName}' is not a medical device named in Appendix 2.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["type"] = TypeName };
}

/// <summary>§29: the day a specialist left is recorded once; a later correction is not an overwrite.</summary>
public sealed record SpecialistAlreadyLeft(DateOnly On)
    : ConflictError("conformity.specialist_already_left", string.Create(CultureInfo.InvariantCulture, $"The specialist's leaving was already recorded on {On:yyyy-MM-dd}."))
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string>
    {
        ["date"] = On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

public sealed record SpecialistDuplicate(string Iin)
    : ConflictError("conformity.specialist_duplicate", "A specialist with this IIN is already on the organization's staff.");

/// <summary>Someone else changed the record since it was read (optimistic concurrency).</summary>
public sealed record ChangedMeanwhile(string Entity)
    : ConflictError("conformity.changed_meanwhile", $"The {Entity} was changed by someone else; reload and try again.")
{
    public override IReadOnlyDictionary<string, string> Args { get; init; } = new Dictionary<string, string> { ["entity"] = Entity };
}

/// <summary>§26.4, §30: only a valid, positive conclusion of the organization can be re-issued.</summary>
public sealed record ConclusionNotReissuable(Guid Id)
    : ConflictError("conformity.not_reissuable", $"Conclusion {Id} is not a valid positive conclusion and cannot be re-issued.");

/// <summary>A re-issue of this conclusion is already under review: one request at a time.</summary>
public sealed record ReissuePending(Guid Id)
    : ConflictError("conformity.reissue_pending", $"A re-issue of conclusion {Id} is already under review.");

/// <summary>§30: a change of code names the new code.</summary>
public sealed record NewCodeRequired()
    : ValidationError("conformity.new_code_required", "A re-issue for a change of code names the new code.");

/// <summary>Separation of duties: the head who signs is not the inspector who evaluated.</summary>
public sealed record SignerWasInspector()
    : ConflictError("conformity.signer_was_inspector", "The person who evaluated the application cannot also sign its conclusion.");
