namespace Joldama.Domain.Referrals;

/// <summary>How the package reaches the commission.</summary>
public enum ReferralRoute
{
    /// <summary>§31–34: the attachment clinic sends the package.</summary>
    Outpatient = 1,

    /// <summary>§40: the hospital where the patient lies sends the extract, co-signed.</summary>
    Inpatient = 2,
}
