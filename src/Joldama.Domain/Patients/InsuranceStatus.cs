namespace Joldama.Domain.Patients;

/// <summary>The patient's status in compulsory social health insurance (ОСМС / МӘМС), as last checked.</summary>
public enum InsuranceStatus
{
    /// <summary>Not checked yet: funding falls back to what the uninsured get, with a warning.</summary>
    Unknown = 0,
    Insured = 1,
    Uninsured = 2,
}
