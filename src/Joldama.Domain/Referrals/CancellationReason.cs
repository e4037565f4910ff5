namespace Joldama.Domain.Referrals;

/// <summary>Why a referral ends before admission. The seed names no such list; these are issue 5's three.</summary>
public enum CancellationReason
{
    /// <summary>The patient declines the treatment.</summary>
    PatientDeclined = 1,

    /// <summary>The patient died before admission.</summary>
    PatientDied = 2,

    /// <summary>§31 ¶2: the patient, told of the alternatives, chose another provider (a new referral follows).</summary>
    ChoseAnotherProvider = 3,
}
