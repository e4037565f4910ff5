namespace Joldama.Domain.Patients;

/// <summary>
/// Seed 001 §19: the socially vulnerable groups for whom the head of an organization may decide a planned
/// hospitalization alone (within the quota). Kept on the patient record; the quota itself is issue 6.
/// </summary>
public enum VulnerableGroup
{
    /// <summary>«18 жасқа дейінгі балалар» — derived from the IIN's birth date as well.</summary>
    ChildUnder18 = 1,

    /// <summary>«жүкті әйелдер».</summary>
    Pregnant = 2,

    /// <summary>«Ұлы Отан соғысына қатысушылар».</summary>
    WarVeteran = 3,

    /// <summary>«мүгедектер».</summary>
    PersonWithDisability = 4,

    /// <summary>«"Алтын Алқа", "Күміс Алқа" алқаларымен марапатталған көп балалы аналар».</summary>
    MotherHeroine = 5,

    /// <summary>«зейнеткерлер».</summary>
    Pensioner = 6,

    /// <summary>«әлеуметтік мәні бар аурулармен ауыратын адамдар».</summary>
    SociallySignificantDisease = 7,
}
