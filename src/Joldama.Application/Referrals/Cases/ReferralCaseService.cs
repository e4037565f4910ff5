using Joldama.Application.Audit;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Application.Law;
using Joldama.Application.Patients;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Catalog;
using Joldama.Domain.Funding;
using Joldama.Domain.Patients;
using Joldama.Domain.Referrals;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Referrals.Cases;

/// <summary>
/// Opens a referral case (§31, §34) and keeps its draft: the code with the funding that applies, the providers offered
/// (§31 ¶2: those with a valid conclusion, §22) and the patient's choice. Every read of a case is audited with the IIN.
/// </summary>
public sealed class ReferralCaseService(JoldamaDbContext db, LawLibrary law, ConclusionService conclusions, AuditLog audit, TimeProvider clock)
{
    private const int TextLimit = 4000;

    public IQueryable<ReferralCaseRecord> Visible(AccessScope scope) => db.ReferralCases.AsNoTracking().Within(scope, db);

    /// <summary>One case with its transitions and documents (metadata), audited as a read of the patient's data.</summary>
    public async Task<Result<ReferralCaseRecord>> GetAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var found = await Visible(scope).Include(c => c.Transitions).Include(c => c.Documents)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return new ReferralNotFound(id);
        }

        var iin = await db.IinOfAsync(found.PatientId, cancellationToken);
        await audit.AppendAsync(actor, "referral.read", "referral", id.ToString(), iin, AuditOutcome.Allowed, cancellationToken);
        return found;
    }

    /// <summary>
    /// Opens a draft. With an idempotency key, a retried request returns the case the first one created
    /// (<c>Replayed</c> true) instead of opening a second.
    /// </summary>
    public async Task<Result<(ReferralCaseRecord Case, bool Replayed)>> CreateAsync(
        AccessScope scope, NewReferralInput input, string? idempotencyKey, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim();
        if (key is { Length: > 100 })
        {
            return new InputInvalid("Idempotency-Key", key[..20] + "…", "at most 100 characters");
        }

        if (key is not null && await FindReplayAsync(scope, key, cancellationToken) is { } earlier)
        {
            return (earlier, true);
        }

        var route = scope.Role switch
        {
            Role.PrimaryCareClinician => ReferralRoute.Outpatient,
            Role.HospitalPhysician => ReferralRoute.Inpatient,
            _ => (ReferralRoute?)null,
        };
        if (route is null)
        {
            return new StepNotPermitted("create");
        }

        var patient = input.PatientId is { } patientId ? await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken) : null;
        if (patient is null)
        {
            return new PatientNotFound(input.PatientId?.ToString() ?? "-");
        }

        if (route == ReferralRoute.Outpatient && patient.AttachmentOrganizationId != scope.OrganizationId)
        {
            return new PatientNotAttached();
        }

        var texts = InputText.Required(input.Diagnosis, "diagnosis", 500).Bind(diagnosis =>
            InputText.Required(input.SpecialistConclusion, "specialistConclusion", TextLimit).Map(conclusion => (diagnosis, conclusion)));
        if (texts.IsError)
        {
            return texts.Error;
        }

        var code = HtmcCode.Parse(input.HtmcCode);
        if (code.IsError)
        {
            return code.Error;
        }

        var today = clock.TodayInKazakhstan();
        var funding = law.Funding.Decide(new FundingCase(code.Value, Hospitalization.Planned, today, patient.InsuranceStatus == InsuranceStatus.Insured));
        if (funding.IsError)
        {
            return funding.Error;
        }

        if (funding.Value.Outcome == FundingOutcome.NotHtmc)
        {
            return new CodeNotHtmc(code.Value.Value);
        }

        var offered = await OfferedProvidersAsync(code.Value.Value, today, cancellationToken);
        if (input.ProviderId is { } chosen && !offered.Contains(chosen))
        {
            return new ProviderNotOffered();
        }

        var now = clock.GetUtcNow();
        var record = new ReferralCaseRecord
        {
            Id = Guid.NewGuid(),
            PatientId = patient.Id,
            Route = route.Value,
            SenderOrganizationId = scope.OrganizationId,
            AttachmentOrganizationId = patient.AttachmentOrganizationId,
            RegionCode = scope.RegionCode,
            HtmcCode = code.Value.Value,
            Diagnosis = texts.Value.diagnosis,
            SpecialistConclusion = texts.Value.conclusion,
            FundingStream = funding.Value.Stream?.ToString().ToLowerInvariant(),
            FundingCovered = funding.Value.Outcome == FundingOutcome.Covered && funding.Value.Stream != FundingStream.Paid,
            FundingExplanationKk = Truncate(funding.Value.Explanation.Kk, 1000),
            FundingExplanationRu = Truncate(funding.Value.Explanation.Ru, 1000),
            OfferedProviderIds = offered,
            ProviderOrganizationId = input.ProviderId,
            NeedsCarer = CarerNeed.Needed(patient.BirthDate, today, input.NeedsCarer),
            State = ReferralState.Draft,
            StateSince = now,
            CreatedAt = now,
            CreatedByUserId = scope.UserId,
            IdempotencyKey = key,
        };
        db.ReferralCases.Add(record);
        audit.Add(actor, "referral.create", "referral", record.Id.ToString(), patient.Iin, AuditOutcome.Allowed); // saved with the case, one transaction
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (key is not null && !DatabaseFaults.IsUnavailable(e))
        {
            // The same key from a concurrent retry won the unique index: answer with its case.
            db.ChangeTracker.Clear();
            return await FindReplayAsync(scope, key, cancellationToken) is { } winner ? (winner, true) : throw new InvalidOperationException("Idempotency key clash without a case.");
        }

        return (record, false);
    }

    /// <summary>§31 ¶2: the patient's choice among the providers offered, while the case is a draft.</summary>
    public async Task<Result<ReferralCaseRecord>> ChooseProviderAsync(
        AccessScope scope, Guid id, Guid? providerId, int? expectedVersion, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var record = await db.ReferralCases.Within(scope, db).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return new ReferralNotFound(id);
        }

        if (Drafts.RefuseChange(record, scope, "choose-provider") is { } refused)
        {
            return refused;
        }

        if (expectedVersion is { } expected && expected != record.Version)
        {
            return new ReferralChangedMeanwhile(record.Version);
        }

        // The register may have changed since the draft was opened (a conclusion expired or was flagged, §29).
        record.OfferedProviderIds = await OfferedProvidersAsync(record.HtmcCode, clock.TodayInKazakhstan(), cancellationToken);
        if (providerId is { } chosen && !record.OfferedProviderIds.Contains(chosen))
        {
            return new ProviderNotOffered();
        }

        record.ProviderOrganizationId = providerId;
        record.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ReferralChangedMeanwhile(record.Version);
        }

        var iin = await db.IinOfAsync(record.PatientId, cancellationToken);
        await audit.AppendAsync(actor, "referral.choose_provider", "referral", id.ToString(), iin, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    /// <summary>§31 ¶2, §22: the providers holding a valid, unflagged conclusion for the code on the day, country-wide.</summary>
    public async Task<List<Guid>> OfferedProvidersAsync(string code, DateOnly on, CancellationToken cancellationToken = default)
    {
        var register = await conclusions.RegisterAsync(code, on, null, cancellationToken);
        return [.. register.Where(e => !e.Flagged).Select(e => e.OrganizationId).Distinct()];
    }

    private async Task<ReferralCaseRecord?> FindReplayAsync(AccessScope scope, string key, CancellationToken cancellationToken) =>
        await db.ReferralCases.AsNoTracking().SingleOrDefaultAsync(c => c.CreatedByUserId == scope.UserId && c.IdempotencyKey == key, cancellationToken);

    private static string Truncate(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
