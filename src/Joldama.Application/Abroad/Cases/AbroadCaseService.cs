using System.Globalization;
using Joldama.Application.Abroad.Notifications;
using Joldama.Application.Abroad.Offers;
using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Patients;
using Joldama.Application.Referrals;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Abroad.Cases;

/// <summary>
/// Opens an abroad case after the eligibility check (seeds 003 and 004) under the scheme in force, and reads cases
/// within reach. Nothing is written for an applicant who is not eligible: the refusal comes back with its seed place.
/// </summary>
public sealed class AbroadCaseService(JoldamaDbContext db, LawLibrary law, AbroadNotices notices, AuditLog audit, TimeProvider clock)
{
    public IQueryable<AbroadCaseRecord> Visible(AccessScope scope) => db.AbroadCases.AsNoTracking().Within(scope, db);

    public async Task<Result<AbroadCaseRecord>> GetAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var found = await Visible(scope).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return new AbroadCaseNotFound(id);
        }

        await audit.AppendAsync(actor, "abroad.read", "abroad", id.ToString(), await db.IinOfAsync(found.PatientId, cancellationToken), AuditOutcome.Allowed, cancellationToken);
        return found;
    }

    /// <summary>The case with its steps, files, offers, session, what the current step still lacks and what the caller may do.</summary>
    public async Task<Result<AbroadCaseView>> ViewAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var found = await GetAsync(scope, id, actor, cancellationToken);
        if (found.IsError)
        {
            return found.Error;
        }

        var record = found.Value;
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == record.PatientId, cancellationToken);
        var scheme = law.Abroad.Scheme(record.SchemeId);
        var done = await db.AbroadSteps.AsNoTracking().Where(s => s.CaseId == id).ToListAsync(cancellationToken);
        var documents = await db.AbroadDocuments.AsNoTracking().Where(d => d.CaseId == id).OrderBy(d => d.UploadedAt).ToListAsync(cancellationToken);
        var offers = AbroadOfferService.Compared(await db.AbroadOffers.AsNoTracking().Where(o => o.CaseId == id).ToListAsync(cancellationToken));
        var session = record.SessionId is { } sessionId ? await db.AbroadSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken) : null;
        var open = record.Status == AbroadCaseStatus.InProgress;
        var steps = scheme.Steps.Select(step => done.FirstOrDefault(d => d.Step == step.Number) is { } taken
                ? new AbroadStepView(step, taken.Outcome == "refused" ? AbroadStepState.Refused : AbroadStepState.Done, taken, taken.DueOn)
                : open && step.Number == record.CurrentStep
                    ? new AbroadStepView(step, AbroadStepState.Current, null, record.DueOn)
                    : new AbroadStepView(step, AbroadStepState.Pending, null, null)).ToList();
        AbroadStepIncomplete? missing = null;
        var can = new AbroadCaseActions(false, false, false, false);
        if (open)
        {
            var current = scheme.Step(record.CurrentStep);
            var facts = await AbroadFacts.OfAsync(db, record, clock.TodayInKazakhstan(), cancellationToken);
            missing = AbroadStepCheck.Complete(law.Abroad, scheme, current, facts).Error as AbroadStepIncomplete;
            var acts = scope.ActsFor(current.Actor, record);
            can = new AbroadCaseActions(acts, acts, acts, scope.Can(Permission.HandleAbroadCases) && AbroadStepRules.TakesOffers(current));
        }

        return new AbroadCaseView(record, patient.FullName, patient.Iin, scheme, record.IndicationId is { } indication ? law.Abroad.Indication(indication) : null,
            steps, documents, offers, session, missing, can);
    }

    /// <summary>The caller's own cases (a patient's scope), for the cabinet page and API; each read is audited with the IIN.</summary>
    public async Task<List<AbroadCabinetRow>> CabinetAsync(AccessScope scope, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var mine = await Visible(scope).OrderByDescending(c => c.CreatedAt).Take(50).ToListAsync(cancellationToken);
        var sessionIds = mine.Select(c => c.SessionId).OfType<Guid>().ToList();
        var offerIds = mine.Select(c => c.SelectedOfferId).OfType<Guid>().ToList();
        var sessions = await db.AbroadSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Date, cancellationToken);
        var clinics = await db.AbroadOffers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ClinicName, cancellationToken);
        foreach (var c in mine)
        {
            await audit.AppendAsync(actor, "abroad.cabinet_read", "abroad", c.Id.ToString(), scope.PatientIin, AuditOutcome.Allowed, cancellationToken);
        }

        return [.. mine.Select(c => new AbroadCabinetRow(c, c.Status == AbroadCaseStatus.InProgress ? law.Abroad.Scheme(c.SchemeId).Step(c.CurrentStep) : null,
            c.SessionId is { } s && sessions.TryGetValue(s, out var date) ? date : null,
            c.SelectedOfferId is { } o && clinics.TryGetValue(o, out var clinic) ? clinic : null))];
    }

    /// <summary>Eligibility alone, for the form: nothing is stored.</summary>
    public async Task<Result<AbroadEligibilityDecision>> CheckAsync(AccessScope scope, NewAbroadCaseInput input, CancellationToken cancellationToken = default)
    {
        var applicant = await ApplicantAsync(scope, input, cancellationToken);
        return applicant.IsError ? applicant.Error : AbroadEligibility.Check(law.Abroad, applicant.Value.Applicant);
    }

    public async Task<Result<AbroadCaseRecord>> CreateAsync(AccessScope scope, NewAbroadCaseInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var scheme = law.Abroad.Active;
        var first = scheme.Steps[0];
        if (!scope.Can(AbroadStepRules.PermissionOf(first.Actor)))
        {
            return new AbroadStepNotPermitted("create");
        }

        var applicant = await ApplicantAsync(scope, input, cancellationToken);
        if (applicant.IsError)
        {
            return applicant.Error;
        }

        var (patient, facts) = applicant.Value;
        var diagnosis = InputText.Required(input.Diagnosis, "diagnosis", 500);
        if (diagnosis.IsError)
        {
            return diagnosis.Error;
        }

        var eligibility = AbroadEligibility.Check(law.Abroad, facts);
        if (eligibility.IsError)
        {
            return eligibility.Error;
        }

        Guid? institute = null;
        if (scheme.Steps.Any(s => s.Actor == AbroadActor.ResearchInstitute))
        {
            var chosen = input.InstituteOrganizationId;
            if (chosen is null || !await db.Organizations.AnyAsync(o => o.Id == chosen && o.Kind == OrganizationKind.HtmcProvider, cancellationToken))
            {
                return new InputInvalid("instituteOrganizationId", chosen?.ToString() ?? string.Empty, "a research institute (HTMC provider) id");
            }

            institute = chosen;
        }

        var now = clock.GetUtcNow();
        var id = Guid.NewGuid();
        var decision = eligibility.Value;
        var record = new AbroadCaseRecord
        {
            Id = id,
            Number = string.Create(CultureInfo.InvariantCulture, $"A-{KazakhstanTime.ToKazakhstanDate(now).Year}-{id.ToString("N", CultureInfo.InvariantCulture)[..10].ToUpperInvariant()}"),
            PatientId = patient.Id,
            SenderOrganizationId = scope.OrganizationId,
            RegionCode = scope.RegionCode,
            SchemeId = scheme.Id,
            InstituteOrganizationId = institute,
            Category = facts.Category,
            IndicationId = decision.Indication?.Id,
            Diagnosis = diagnosis.Value,
            EligibilityBasis = decision.Basis,
            Priorities = [.. decision.Priorities.Select(InputEnums.Kebab)],
            EligibilityFacts = FactsOf(input),
            NeedsAccompanyingPerson = decision.Priorities.Contains(AbroadPriorityGroup.Children) || input.NeedsCare,
            ContinuationOfTreatment = input.ContinuationOfTreatment,
            TravelPaidByBudget = true,
            Status = AbroadCaseStatus.InProgress,
            CurrentStep = first.Number,
            StepSince = now,
            DueOn = AbroadSchedule.DueOf(law, first, now),
            CreatedAt = now,
            CreatedByUserId = scope.UserId,
        };
        db.AbroadCases.Add(record);
        notices.Enqueue(record, patient, AbroadNotice.Opened);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "abroad.create", "abroad", id.ToString(), patient.Iin, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    private async Task<Result<(Data.Patients.PatientRecord Patient, AbroadApplicant Applicant)>> ApplicantAsync(
        AccessScope scope, NewAbroadCaseInput input, CancellationToken cancellationToken)
    {
        var category = InputEnums.Parse<AbroadCategory>(input.Category, "category");
        if (category.IsError)
        {
            return category.Error;
        }

        var patient = input.PatientId is { } patientId ? await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken) : null;
        if (patient is null)
        {
            return new PatientNotFound(input.PatientId?.ToString() ?? "-");
        }

        // The clinic applies for its own attached patients, as for referrals (§33); a hospital for whoever lies there.
        if (scope.Role == Role.PrimaryCareClinician && patient.AttachmentOrganizationId != scope.OrganizationId)
        {
            return new PatientNotAttached();
        }

        var today = clock.TodayInKazakhstan();
        // A record kept without its birth date still has it in the IIN; with neither, the age is unknown (refused as invalid).
        var birthDate = patient.BirthDate ?? (Iin.Parse(patient.Iin) is { IsError: false } iin ? iin.Value.BirthDate : null);
        var age = birthDate is { } born ? FullYears(born, today) : -1;
        return (patient, new AbroadApplicant(category.Value, age, string.IsNullOrWhiteSpace(input.IndicationId) ? null : input.IndicationId.Trim())
        {
            IndicationsConfirmed = input.IndicationsConfirmed,
            ExceptionalInstruction = input.ExceptionalInstruction,
            KazakhstanMethodsExhausted = input.KazakhstanMethodsExhausted,
            SelfArranged = input.SelfArranged,
            Pregnant = input.Pregnant,
            AutologousOrRelatedBoneMarrow = input.AutologousOrRelatedBoneMarrow,
        });
    }

    private static int FullYears(DateOnly born, DateOnly on)
    {
        var years = on.Year - born.Year;
        return on < born.AddYears(years) ? years - 1 : years;
    }

    private static List<string> FactsOf(NewAbroadCaseInput input) =>
    [
        .. new (bool On, string Name)[]
        {
            (input.IndicationsConfirmed, "indications-confirmed"), (input.ExceptionalInstruction, "exceptional-instruction"),
            (input.KazakhstanMethodsExhausted, "kazakhstan-methods-exhausted"), (input.Pregnant, "pregnant"),
            (input.NeedsCare, "needs-care"), (input.ContinuationOfTreatment, "continuation-of-treatment"),
        }.Where(f => f.On).Select(f => f.Name),
    ];
}
