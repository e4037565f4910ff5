using System.Collections.Frozen;
using Joldama.Domain.Access;

namespace Joldama.Domain.Abroad.Cases;

/// <summary>
/// What each step of a scheme asks for and who takes it, read from the step's data (its actor and documents), so a
/// new scheme is a data change: a step that sends a clinic list waits for the commission's session, a step that
/// sends a contract needs the contract, and so on.
/// </summary>
public static class AbroadStepRules
{
    /// <summary>Documents that are files uploaded to the case; the others are records (requests, offers, the list, the selection).</summary>
    public static readonly FrozenSet<AbroadDocument> FileDocuments = new[]
    {
        AbroadDocument.IdCopy, AbroadDocument.MedicalRecordExtract, AbroadDocument.Petition, AbroadDocument.MedicalConclusion,
        AbroadDocument.ExpediencyConclusion, AbroadDocument.VkkConclusion, AbroadDocument.InstituteConclusion, AbroadDocument.Contract,
    }.ToFrozenSet();

    /// <summary>The permission a user needs to act as the step's actor. Foreign clinics have no users: the working body records their answers.</summary>
    public static Permission PermissionOf(AbroadActor actor) => actor switch
    {
        AbroadActor.MedicalOrganization or AbroadActor.PolyclinicVkk or AbroadActor.ResearchInstitute => Permission.PrepareAbroadCases,
        AbroadActor.HealthDepartment => Permission.PetitionAbroad,
        AbroadActor.WorkingBody or AbroadActor.ForeignClinic => Permission.HandleAbroadCases,
        AbroadActor.ChiefSpecialist => Permission.ConcludeAbroadExpediency,
        AbroadActor.MinistryCommission => Permission.DecideAbroadCases,
        _ => Permission.ViewOwnRecords,
    };

    /// <summary>The file documents that must be on the case when <paramref name="step"/> is completed.</summary>
    public static IReadOnlyList<AbroadDocument> DocumentsFor(AbroadLaw law, AbroadScheme scheme, AbroadStep step)
    {
        ArgumentNullException.ThrowIfNull(law);
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(step);
        var needed = step.Documents.Where(FileDocuments.Contains).ToList();
        // Seed 004 lines 81-96: the working body receives the petition, the extract, the medical conclusion and the ID copy.
        if (IsFirstToWorkingBody(scheme, step))
        {
            needed.AddRange(law.RequiredDocuments.Select(d => d.Document));
        }

        return [.. needed.Distinct().Order()];
    }

    public static IReadOnlyList<AbroadRequirement> RequirementsOf(AbroadLaw law, AbroadScheme scheme, AbroadStep step)
    {
        var requirements = new List<AbroadRequirement>();
        if (DocumentsFor(law, scheme, step).Count > 0)
        {
            requirements.Add(AbroadRequirement.Documents);
        }

        foreach (var document in step.Documents)
        {
            requirements.Add(document switch
            {
                AbroadDocument.ExpediencyConclusion => AbroadRequirement.ExpediencyVerdict,
                AbroadDocument.TreatmentProgramRequest => AbroadRequirement.ClinicRequests,
                AbroadDocument.TreatmentProgram or AbroadDocument.PriceOffer or AbroadDocument.ClinicList => AbroadRequirement.Offers,
                AbroadDocument.ClinicSelection => AbroadRequirement.SessionHeld,
                AbroadDocument.Contract => AbroadRequirement.Contract,
                _ => AbroadRequirement.Documents,
            });
            if (document == AbroadDocument.ClinicSelection)
            {
                requirements.Add(AbroadRequirement.Selection);
            }
        }

        return [.. requirements.Distinct().Order()];
    }

    /// <summary>Requests to foreign clinics and their answers are recorded from the request step until the list goes to the commission.</summary>
    public static bool TakesOffers(AbroadStep step) =>
        step?.Documents.Any(d => d is AbroadDocument.TreatmentProgramRequest or AbroadDocument.TreatmentProgram or AbroadDocument.PriceOffer or AbroadDocument.ClinicList) == true;

    /// <summary>The commission's step: it runs from the session, not from the previous step (seed 003 lines 222-223).</summary>
    public static bool IsCommissionStep(AbroadStep step) => step?.Actor == AbroadActor.MinistryCommission;

    /// <summary>The step that puts the case before the commission: completing it places the case on the next session's agenda.</summary>
    public static bool SendsToCommission(AbroadStep step) => step?.To == AbroadActor.MinistryCommission;

    private static bool IsFirstToWorkingBody(AbroadScheme scheme, AbroadStep step) =>
        scheme.Steps.FirstOrDefault(s => s.To == AbroadActor.WorkingBody)?.Number == step.Number;
}
