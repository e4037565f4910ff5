namespace Joldama.Domain.Referrals.Package;

/// <summary>§34: the four documents of the package sent to the ЖТМК commission.</summary>
public enum PackageDocumentKind
{
    /// <summary>§34.1: «пациенттің жеке басын куәландыратын құжаттың көшірмесі».</summary>
    IdentityDocument = 1,

    /// <summary>§34.2: «медициналық ұйымға стационарға және (немесе) күндізгі стационарға емдеуге жатқызуға жіберу».</summary>
    HospitalizationReferral = 2,

    /// <summary>§34.3: the extract from the out-patient (or in-patient, §40 ¶1) record with the clinical diagnosis, signed and sealed.</summary>
    MedicalRecordExtract = 3,

    /// <summary>§34.4: laboratory, instrumental and functional results and the profile specialists' consultations.</summary>
    DiagnosticResults = 4,
}
