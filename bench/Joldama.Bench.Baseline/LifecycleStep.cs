namespace Joldama.Bench.Baseline;

/// <summary>The lifecycle a virtual user drives, in order: the case with its package, then the five moves up to the patient informed.</summary>
public enum LifecycleStep
{
    Create,
    Upload,
    Submit,
    Approve,
    Register,
    Accept,
    Inform,
}

/// <summary>What the baselines need to write cases as the demo clinic would: organizations, region, code and the actors.</summary>
public sealed record BaselineWorld(Guid ClinicId, Guid ProviderId, Guid DepartmentId, string Region, string Code, Guid ClinicianId, Guid CommissionId, Guid AdmissionId);

/// <summary>A case a virtual user carries through the lifecycle.</summary>
public sealed record BaselineCase(Guid Id, Guid PatientId, string PatientIin);
