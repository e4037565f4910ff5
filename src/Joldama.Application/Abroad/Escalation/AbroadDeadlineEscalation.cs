using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Audit;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Abroad.Escalation;

/// <summary>
/// Finds abroad cases whose current step is past its due date and reports each miss to the organization that answers for
/// the step, as for referrals: claimed with <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL so that several instances never
/// escalate the same miss twice (a unique index on case, step and due date backs it).
/// </summary>
public sealed class AbroadDeadlineEscalation(JoldamaDbContext db, LawLibrary law, AuditLog audit, TimeProvider clock)
{
    public const int BatchSize = 100;

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.TodayInKazakhstan();
        var inProgress = AbroadCaseStatus.InProgress.ToString();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var overdue = db.Database.IsNpgsql()
                ? await db.AbroadCases.FromSql($"""
                    SELECT * FROM abroad_cases
                    WHERE "DueOn" < {today} AND "EscalatedAt" IS NULL AND "Status" = {inProgress}
                    ORDER BY "DueOn"
                    LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """).ToListAsync(cancellationToken)
                : await db.AbroadCases.Where(c => c.DueOn < today && c.EscalatedAt == null && c.Status == AbroadCaseStatus.InProgress)
                    .OrderBy(c => c.DueOn).Take(BatchSize).ToListAsync(cancellationToken);
            if (overdue.Count == 0)
            {
                return 0;
            }

            var organizations = await db.Organizations.AsNoTracking()
                .Where(o => o.Kind == OrganizationKind.RegionalHealthDepartment || o.Kind == OrganizationKind.AbroadWorkingBody || o.Kind == OrganizationKind.Ministry)
                .OrderBy(o => o.Bin).Select(o => new { o.Id, o.Kind, o.RegionCode }).ToListAsync(cancellationToken);
            Guid First(OrganizationKind kind, string? region = null) =>
                organizations.FirstOrDefault(o => o.Kind == kind && (region is null || o.RegionCode == region))?.Id ?? Guid.Empty;

            var now = clock.GetUtcNow();
            foreach (var record in overdue)
            {
                var step = law.Abroad.Scheme(record.SchemeId).Step(record.CurrentStep);
                var responsible = step.Actor switch
                {
                    AbroadActor.MedicalOrganization or AbroadActor.PolyclinicVkk => record.SenderOrganizationId,
                    AbroadActor.ResearchInstitute => record.InstituteOrganizationId ?? record.SenderOrganizationId,
                    AbroadActor.HealthDepartment => First(OrganizationKind.RegionalHealthDepartment, record.RegionCode),
                    AbroadActor.WorkingBody or AbroadActor.ForeignClinic => First(OrganizationKind.AbroadWorkingBody),
                    _ => First(OrganizationKind.Ministry),
                };
                record.EscalatedAt = now;
                record.Version++;
                db.AbroadEscalations.Add(new AbroadEscalationRecord
                {
                    Id = Guid.NewGuid(), CaseId = record.Id, Step = record.CurrentStep, DueOn = record.DueOn!.Value, OrganizationId = responsible, RaisedAt = now,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var record in overdue)
            {
                await audit.AppendAsync(AuditActor.System, "abroad.escalate", "abroad", record.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
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
