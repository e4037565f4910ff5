namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>
/// What the attachment clinic records while it follows the patient after HTMC. §42 lists the four:
/// «асқынулардың болуы, мүгедектік, жасалған операциядан кейін бір жыл ішінде өмір сүру, өлім-жітім»
/// (complications, disability, survival within one year after the operation, death).
/// </summary>
public enum FollowUpKind
{
    /// <summary>§42: «асқынулардың болуы» — a complication occurred.</summary>
    Complication = 1,

    /// <summary>§42: «мүгедектік» — disability was established.</summary>
    Disability = 2,

    /// <summary>§42: «жасалған операциядан кейін бір жыл ішінде өмір сүру» — the patient is alive one year after the operation.</summary>
    AliveAtOneYear = 3,

    /// <summary>§42: «өлім-жітім» — the patient died.</summary>
    Death = 4,
}
