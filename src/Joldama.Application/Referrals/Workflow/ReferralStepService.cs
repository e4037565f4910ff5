using System.Globalization;
using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Referrals.Notifications;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Referrals;
using Joldama.Domain.Referrals.Package;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Referrals.Workflow;

/// <summary>
/// Moves a case through <see cref="ReferralWorkflow"/>: one transaction holds the new state, the transition record
/// (who, when, from which state, why), the audit record and the patient's notices in the outbox — all or nothing.
/// Optimistic concurrency: two commission members deciding at once — the second gets <see cref="ReferralChangedMeanwhile"/>.
/// </summary>
public sealed class ReferralStepService(JoldamaDbContext db, LawLibrary law, ReferralNotices notices, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<ReferralCaseRecord>> StepAsync(
        AccessScope scope, Guid id, ReferralStepInput input, int? expectedVersion, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var record = await db.ReferralCases.Within(scope, db).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return new ReferralNotFound(id);
        }

        var trigger = InputEnums.Parse<ReferralTrigger>(input.Trigger, "trigger");
        if (trigger.IsError)
        {
            return trigger.Error;
        }

        if (ActingKind(scope, record, trigger.Value) is not { } kind)
        {
            return new StepNotPermitted(InputEnums.Kebab(trigger.Value));
        }

        if (expectedVersion is { } expected && expected != record.Version)
        {
            return new ReferralChangedMeanwhile(record.Version);
        }

        if (trigger.Value is ReferralTrigger.Submit or ReferralTrigger.SubmitInpatient && record.State == ReferralState.Draft)
        {
            // §34, §40 ¶4 (2): a package that lacks a document is not sent; §36: the patient's choice is needed.
            var present = await db.ReferralDocuments.Where(d => d.CaseId == id).Select(d => d.Kind).Distinct().ToListAsync(cancellationToken);
            if (PackageCompleteness.Missing(present) is { Count: > 0 } missing)
            {
                return new PackageIncomplete(missing);
            }

            if (record.ProviderOrganizationId is null)
            {
                return new ProviderRequired();
            }
        }

        var step = BuildStep(input, trigger.Value, new ReferralActor(scope.UserId.ToString(), kind), record);
        if (step.IsError)
        {
            return step.Error;
        }

        var moved = ReferralWorkflow.Apply(record.State, step.Value);
        if (moved.IsError)
        {
            return moved.Error;
        }

        ReferralCaseChanges.Record(record, moved.Value, law);
        db.ReferralTransitions.Add(ReferralCaseChanges.TransitionRow(record.Id, moved.Value, scope.UserId, actor.Login, scope.OrganizationId));
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == record.PatientId, cancellationToken);
        await notices.EnqueueAsync(record, patient, moved.Value, cancellationToken);

        // One SaveChanges, one transaction: the case, its transition, the notices and the audit record, or none of them.
        audit.Add(actor, "referral." + InputEnums.Kebab(trigger.Value), "referral", id.ToString(), patient.Iin, AuditOutcome.Allowed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ReferralCases.Where(c => c.Id == id).Select(c => c.Version).SingleAsync(cancellationToken);
            return new ReferralChangedMeanwhile(current);
        }

        return record;
    }

    /// <summary>
    /// The party the caller acts for on this case, if the caller may make this step: the role's kind, the right
    /// organization (the sender, the patient's clinic, the chosen provider; the commission by region), the permission.
    /// </summary>
    private static ActorKind? ActingKind(AccessScope scope, ReferralCaseRecord record, ReferralTrigger trigger)
    {
        var kind = ReferralReach.ActorKindOf(scope.Role);
        var (permission, party) = kind switch
        {
            ActorKind.AttachmentClinic => (trigger is ReferralTrigger.StartFollowUp or ReferralTrigger.Close ? Permission.RecordFollowUp : Permission.PrepareReferrals,
                record.AttachmentOrganizationId == scope.OrganizationId || record.SenderOrganizationId == scope.OrganizationId),
            ActorKind.InpatientFacility => (Permission.PrepareReferrals, record.SenderOrganizationId == scope.OrganizationId),
            ActorKind.Commission => (Permission.DecideReferrals, record.RegionCode == scope.RegionCode),
            ActorKind.Provider => (Permission.HandleReferrals, record.ProviderOrganizationId == scope.OrganizationId),
            _ => (Permission.ViewOwnRecords, false),
        };
        return party && scope.Can(permission) ? kind : null;
    }

    private Result<ReferralStep> BuildStep(ReferralStepInput input, ReferralTrigger trigger, ReferralActor actor, ReferralCaseRecord record)
    {
        var now = clock.GetUtcNow();
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(input.HospitalizationDate))
        {
            var parsed = InputDates.Parse(input.HospitalizationDate, "hospitalizationDate");
            if (parsed.IsError)
            {
                return parsed.Error;
            }

            date = parsed.Value;
        }
        else if (trigger == ReferralTrigger.RecordNoShow)
        {
            date = record.HospitalizationDate;
        }

        RejectionGround? ground = null;
        if (!string.IsNullOrWhiteSpace(input.Ground))
        {
            var parsed = InputEnums.Parse<RejectionGround>(input.Ground, "ground");
            if (parsed.IsError)
            {
                return parsed.Error;
            }

            ground = parsed.Value;
        }

        InformChannel? channel = null;
        if (!string.IsNullOrWhiteSpace(input.Channel))
        {
            var parsed = InputEnums.Parse<InformChannel>(input.Channel, "channel");
            if (parsed.IsError)
            {
                return parsed.Error;
            }

            channel = parsed.Value;
        }

        CancellationReason? reason = null;
        if (!string.IsNullOrWhiteSpace(input.CancellationReason))
        {
            var parsed = InputEnums.Parse<CancellationReason>(input.CancellationReason, "cancellationReason");
            if (parsed.IsError)
            {
                return parsed.Error;
            }

            reason = parsed.Value;
        }

        foreach (var (field, value, limit) in new[]
        {
            ("comment", input.Comment, 2000), ("coSigner", input.CoSigner, 200), ("protocolNumber", input.ProtocolNumber, 60),
            ("referralNumber", input.ReferralNumber, 40), ("dischargeSummary", input.DischargeSummary, 8000), ("followUpPlan", input.FollowUpPlan, 4000),
        })
        {
            if (value is { } text && text.Trim().Length > limit)
            {
                return new InputInvalid(field, text.Trim()[..20] + "…", string.Create(CultureInfo.InvariantCulture, $"at most {limit} characters"));
            }
        }

        // §36: the portal numbers the referral; Joldama, as the portal, issues the number when none is given.
        var number = Blank(input.ReferralNumber) ?? (trigger == ReferralTrigger.Register ? ReferralNumbers.New(KazakhstanTime.ToKazakhstanDate(now).Year, record.Id) : null);
        return new ReferralStep(trigger, actor, now, Blank(input.Comment))
        {
            CoSigner = Blank(input.CoSigner),
            ProtocolNumber = Blank(input.ProtocolNumber),
            Ground = ground,
            ReferralNumber = number,
            HospitalizationDate = date,
            PatientNeedsCarer = record.NeedsCarer,
            CarerPlaceProvided = input.CarerPlaceProvided,
            Channel = channel,
            DischargeSummary = Blank(input.DischargeSummary),
            FollowUpPlan = Blank(input.FollowUpPlan),
            CancellationReason = reason,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
