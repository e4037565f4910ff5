namespace Joldama.Domain.Abroad;

/// <summary>Who a citizen is sent abroad as (seed 003 lines 9-12 and 33-40).</summary>
public enum AbroadCategory
{
    /// <summary>Any citizen with a disease of the list (seed 003 lines 17-32, seed 004 lines 45-78).</summary>
    Citizen,

    /// <summary>A child of 0 to 18 years with indications (seed 003 line 35).</summary>
    Child,

    /// <summary>Law-enforcement or military personnel injured on duty, by exceptional instruction, Kazakhstan's methods exhausted (seed 003 lines 36-40).</summary>
    InjuredOnDuty,
}

/// <summary>The priority groups of seed 004 (lines 17-37).</summary>
public enum AbroadPriorityGroup
{
    Children,
    PregnantWomen,
    Transplantation,
    InjuredOnDuty,
}

/// <summary>What excludes payment by the budget.</summary>
public enum AbroadExclusion
{
    /// <summary>Treatment the patient arranged alone is not reimbursed (seed 004 lines 114-115).</summary>
    SelfArranged,

    /// <summary>Autologous and related bone-marrow transplants are not sent abroad (seed 003 lines 28-30).</summary>
    AutologousOrRelatedBoneMarrow,
}

/// <summary>Why a citizen is eligible.</summary>
public enum AbroadEligibilityBasis
{
    ListedDisease,
    ChildWithIndications,
    InjuredOnDuty,
}

/// <summary>The parties of the schemes (seed 003 lines 47-63 and 152-162, 170-173, 183-187, 225-228).</summary>
public enum AbroadActor
{
    /// <summary>Медицинская организация (МО).</summary>
    MedicalOrganization,

    /// <summary>Управление здравоохранения (УЗ).</summary>
    HealthDepartment,

    /// <summary>Рабочий орган (РО) при АО «Нац. научный центр материнства и детства».</summary>
    WorkingBody,

    /// <summary>Главный внештатный специалист.</summary>
    ChiefSpecialist,

    /// <summary>Зарубежные медицинские организации.</summary>
    ForeignClinic,

    /// <summary>Комиссия при Министерстве здравоохранения РК.</summary>
    MinistryCommission,

    /// <summary>Врачебно-консультативная комиссия (ВКК) при поликлинике (proposed scheme).</summary>
    PolyclinicVkk,

    /// <summary>Профильная научно-исследовательская организация (НИИ) (proposed scheme).</summary>
    ResearchInstitute,

    /// <summary>Пациент.</summary>
    Patient,
}

/// <summary>The documents the steps send (seed 003) and seed 004 requires.</summary>
public enum AbroadDocument
{
    IdCopy,
    MedicalRecordExtract,
    Petition,
    MedicalConclusion,
    DocumentPackage,
    ExpediencyConclusion,
    VkkConclusion,
    InstituteConclusion,
    TreatmentProgramRequest,
    TreatmentProgram,
    PriceOffer,
    ClinicList,
    ClinicSelection,
    Contract,
}
