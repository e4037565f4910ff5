using Joldama.Application.Audit;
using Joldama.Application.Patients;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.FollowUp;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Referrals.FollowUps;

/// <summary>
/// §42: the attachment clinic records the patient's state after treatment — complications, disability, survival one
/// year after, death — checked against what is already recorded (<see cref="FollowUpValidation"/>).
/// </summary>
public sealed class FollowUpService(JoldamaDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The entries of a case within reach, by date; a case outside reach is not found (never an empty list).</summary>
    public async Task<Result<IReadOnlyList<FollowUpRecord>>> ListAsync(AccessScope scope, Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!await db.ReferralCases.Within(scope, db).AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return new ReferralNotFound(caseId);
        }

        var entries = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId).OrderBy(f => f.On).ThenBy(f => f.RecordedAt).ToListAsync(cancellationToken);
        return Result<IReadOnlyList<FollowUpRecord>>.Success(entries);
    }

    public async Task<Result<FollowUpRecord>> RecordAsync(
        AccessScope scope, Guid caseId, string? kindText, string? onText, string? note, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var record = await db.ReferralCases.Within(scope, db).AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null)
        {
            return new ReferralNotFound(caseId);
        }

        if (record.AttachmentOrganizationId != scope.OrganizationId || !scope.Can(Permission.RecordFollowUp))
        {
            return new StepNotPermitted("follow-up");
        }

        // §42 follows the discharge (§41): the summary must have come; after closing, the record is final.
        if (record.State is not (ReferralState.Discharged or ReferralState.FollowUp) || record.DischargedOn is not { } dischargedOn)
        {
            return new TransitionNotAllowed(record.State, ReferralTrigger.StartFollowUp);
        }

        var kind = InputEnums.Parse<FollowUpKind>(kindText, "kind");
        if (kind.IsError)
        {
            return kind.Error;
        }

        var on = InputDates.Parse(onText, "on");
        if (on.IsError)
        {
            return on.Error;
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > 2000 })
        {
            return new InputInvalid("note", trimmed[..20] + "…", "at most 2000 characters");
        }

        var recorded = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId).ToListAsync(cancellationToken);
        var entry = new FollowUpEntry(kind.Value, on.Value, trimmed);
        var checkedEntry = FollowUpValidation.Check(entry, [.. recorded.Select(ToEntry)], dischargedOn, clock.TodayInKazakhstan());
        if (checkedEntry.IsError)
        {
            return checkedEntry.Error;
        }

        var row = new FollowUpRecord
        {
            Id = Guid.NewGuid(), CaseId = caseId, Kind = InputEnums.Kebab(kind.Value), On = on.Value, Note = trimmed,
            RecordedAt = clock.GetUtcNow(), RecordedByUserId = scope.UserId,
        };
        db.FollowUps.Add(row);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var iin = await db.IinOfAsync(record.PatientId, cancellationToken);
        await audit.AppendAsync(actor, "referral.follow_up", "referral", caseId.ToString(), iin, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row;
    }

    /// <summary>A stored row as the domain's entry (the kind is kept kebab-case).</summary>
    public static FollowUpEntry ToEntry(FollowUpRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new FollowUpEntry(InputEnums.Parse<FollowUpKind>(row.Kind, "kind").Value, row.On, row.Note);
    }
}
