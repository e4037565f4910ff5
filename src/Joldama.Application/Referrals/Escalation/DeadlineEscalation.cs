using Joldama.Application.Audit;
using Joldama.Data;
using Joldama.Data.Referrals;
using Joldama.Domain.Audit;
using Joldama.Domain.Organizations;
using Joldama.Domain.Referrals;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Referrals.Escalation;

/// <summary>
/// Finds the cases whose running deadline (§35.1, §38, §39) has passed and tells the head of the organization
/// responsible for the step: an escalation on its worklist. On PostgreSQL cases are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so that several instances never escalate the same miss twice (a unique index backs it).
/// </summary>
public sealed class DeadlineEscalation(JoldamaDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int BatchSize = 100;

    /// <summary>One pass; returns how many cases it escalated.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.TodayInKazakhstan();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var overdue = db.Database.IsNpgsql()
                ? await db.ReferralCases.FromSql($"""
                    SELECT * FROM referral_cases
                    WHERE "DueOn" < {today} AND "EscalatedAt" IS NULL AND "Deadline" IS NOT NULL
                    ORDER BY "DueOn"
                    LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """).ToListAsync(cancellationToken)
                : await db.ReferralCases.Where(c => c.DueOn < today && c.EscalatedAt == null && c.Deadline != null)
                    .OrderBy(c => c.DueOn).Take(BatchSize).ToListAsync(cancellationToken);
            if (overdue.Count == 0)
            {
                return 0;
            }

            var now = clock.GetUtcNow();
            // The region's health department forms the commission (§32); should a region hold two, the first by BIN answers.
            var departments = (await db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.RegionalHealthDepartment)
                    .OrderBy(o => o.Bin).Select(o => new { o.RegionCode, o.Id }).ToListAsync(cancellationToken))
                .DistinctBy(o => o.RegionCode).ToDictionary(o => o.RegionCode, o => o.Id, StringComparer.Ordinal);
            foreach (var record in overdue)
            {
                var responsible = record.Deadline switch
                {
                    ReferralDeadline.CommissionReview => departments.GetValueOrDefault(record.RegionCode),
                    ReferralDeadline.ProviderReview => record.ProviderOrganizationId ?? Guid.Empty,
                    _ => record.AttachmentOrganizationId,
                };
                record.EscalatedAt = now;
                record.Version++; // a step taken meanwhile must re-read the case, or it would keep this escalation for its new deadline
                db.ReferralEscalations.Add(new ReferralEscalationRecord
                {
                    Id = Guid.NewGuid(), CaseId = record.Id, Deadline = record.Deadline!.Value, DueOn = record.DueOn!.Value,
                    OrganizationId = responsible, RegionCode = record.RegionCode, RaisedAt = now,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var record in overdue)
            {
                await audit.AppendAsync(AuditActor.System, "referral.escalate", "referral", record.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return overdue.Count;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
