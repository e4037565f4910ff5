using Joldama.Application.Audit;
using Joldama.Data;
using Joldama.Data.Patients;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Patients;

/// <summary>
/// The patients a clinic refers: one record per IIN (issue 5.1). Every read and change is audited with the IIN
/// (personal data, law 94-V). The attachment organization owns the record; a hospital on the §40 route uses it as it is.
/// </summary>
public sealed class PatientService(JoldamaDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The patients within reach: the clinic's attached ones, those a hospital referred, the patient's own.</summary>
    public IQueryable<PatientRecord> Visible(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var patients = db.Patients.AsNoTracking();
        return scope.Role switch
        {
            Role.PrimaryCareClinician => patients.Where(p => p.AttachmentOrganizationId == scope.OrganizationId),
            Role.HospitalPhysician => patients.Where(p => db.ReferralCases.Any(c => c.PatientId == p.Id && c.SenderOrganizationId == scope.OrganizationId)),
            Role.Patient => patients.Where(p => p.Iin == scope.PatientIin),
            _ => patients.Where(_ => false),
        };
    }

    /// <summary>Finds a patient by IIN among those within reach (a hospital finds any: it must refer patients attached elsewhere).</summary>
    public async Task<Result<PatientRecord>> FindByIinAsync(AccessScope scope, string? iinText, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var iin = Domain.Identifiers.Iin.Parse(iinText);
        if (iin.IsError)
        {
            return iin.Error;
        }

        var value = iin.Value.Value;
        var source = scope.Role == Role.HospitalPhysician ? db.Patients.AsNoTracking() : Visible(scope);
        var patient = await source.SingleOrDefaultAsync(p => p.Iin == value, cancellationToken);
        await audit.AppendAsync(actor, "patient.find", "patient", patient?.Id.ToString() ?? "-", value,
            patient is null ? AuditOutcome.Denied : AuditOutcome.Allowed, cancellationToken);
        return patient is null ? new PatientNotFound(iin.Value.Masked) : patient;
    }

    public async Task<Result<PatientRecord>> GetAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var patient = await Visible(scope).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (patient is null)
        {
            return new PatientNotFound(id.ToString());
        }

        await audit.AppendAsync(actor, "patient.read", "patient", id.ToString(), patient.Iin, AuditOutcome.Allowed, cancellationToken);
        return patient;
    }

    /// <summary>
    /// Registers a patient, or updates the record when the IIN is already known and the caller is its attachment
    /// organization (one record per IIN). A hospital (§40) registers a patient attached elsewhere by naming the clinic.
    /// </summary>
    public async Task<Result<PatientRecord>> SaveAsync(AccessScope scope, PatientInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var valid = PatientValidation.Check(input, clock.TodayInKazakhstan());
        if (valid.IsError)
        {
            return valid.Error;
        }

        var v = valid.Value;
        var iin = v.Iin.Value;
        var attachmentId = scope.Role == Role.PrimaryCareClinician ? scope.OrganizationId : input.AttachmentOrganizationId;
        var attachment = attachmentId is { } id ? await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken) : null;
        if (attachment is null || attachment.Kind != OrganizationKind.PrimaryCare)
        {
            return new AttachmentNotPrimaryCare();
        }

        var now = clock.GetUtcNow();
        var patient = await db.Patients.SingleOrDefaultAsync(p => p.Iin == iin, cancellationToken);
        var created = patient is null;
        if (patient is null)
        {
            patient = new PatientRecord { Id = Guid.NewGuid(), Iin = iin, LastName = v.LastName, FirstName = v.FirstName, Language = v.Language, RegionCode = attachment.RegionCode, CreatedAt = now };
            db.Patients.Add(patient);
        }
        else if (patient.AttachmentOrganizationId != scope.OrganizationId)
        {
            return new PatientAttachedElsewhere();
        }
        else
        {
            patient.Version++;
        }

        patient.LastName = v.LastName;
        patient.FirstName = v.FirstName;
        patient.MiddleName = v.MiddleName;
        patient.BirthDate = v.Iin.BirthDate;
        patient.Sex = v.Iin.Sex;
        patient.Phone = v.Phone;
        patient.Email = v.Email;
        patient.Language = v.Language;
        patient.AttachmentOrganizationId = attachment.Id;
        patient.RegionCode = attachment.RegionCode;
        patient.InsuranceStatus = v.Insurance;
        patient.InsuranceCheckedOn = v.InsuranceCheckedOn;
        patient.VulnerableGroups = [.. v.Groups];
        patient.UpdatedAt = now;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (created && !DatabaseFaults.IsUnavailable(e))
        {
            // Another request registered the same IIN a moment ago: one record per IIN, so say so.
            db.ChangeTracker.Clear();
            return new PatientAttachedElsewhere();
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Conformity.ChangedMeanwhile("patient");
        }

        await audit.AppendAsync(actor, created ? "patient.create" : "patient.update", "patient", patient.Id.ToString(), iin, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return patient;
    }
}
