using System.Globalization;
using Joldama.Application.Audit;
using Joldama.Application.Patients;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Quotas;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Catalog;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Patients;
using Joldama.Domain.Quotas;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Quotas;

/// <summary>
/// Seed 001 §19: the head of an organization decides a planned hospitalization alone for a patient of a vulnerable group,
/// within the quota of the period. The check is <see cref="QuotaCheck.Decide"/>; this service serializes decisions per
/// period (the period's decided count is a concurrency token) and keeps the figures of the moment with each decision.
/// Every decision, taken or refused, is audited with the patient's IIN.
/// </summary>
public sealed class QuotaDecisionService(JoldamaDbContext db, PandemicModeService modes, AuditLog audit, TimeProvider clock)
{
    public const int MaxIndicationLength = 2000;

    /// <summary>How often a decision re-reads the count after another one took the place it read (then the limit is checked again).</summary>
    private const int Attempts = 50;

    /// <summary>Decides today, for the caller's own organization, in the period that holds today.</summary>
    public async Task<Result<QuotaDecided>> DecideAsync(AccessScope scope, QuotaDecisionInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var iin = Iin.Parse(input.PatientIin is null ? null : input.PatientIin.Trim());
        if (iin.IsError)
        {
            return iin.Error;
        }

        if (string.IsNullOrWhiteSpace(input.Indication) || input.Indication.Trim().Length > MaxIndicationLength)
        {
            return new InputInvalid("indication", input.Indication?.Length > 40 ? input.Indication[..40] + "…" : input.Indication ?? string.Empty,
                string.Create(CultureInfo.InvariantCulture, $"1..{MaxIndicationLength} characters"));
        }

        var code = input.HtmcCode?.Trim();
        if (!string.IsNullOrEmpty(code) && HtmcCode.Parse(code) is { IsError: true } badCode)
        {
            return badCode.Error;
        }

        var requested = new List<VulnerableGroup>();
        foreach (var text in input.Groups ?? [])
        {
            var group = InputEnums.Parse<VulnerableGroup>(text, "groups");
            if (group.IsError)
            {
                return group.Error;
            }

            requested.Add(group.Value);
        }

        // A hospital admits patients attached anywhere: the head finds any patient by IIN (the decision is audited with it).
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Iin == iin.Value.Value, cancellationToken);
        if (patient is null)
        {
            await audit.AppendAsync(actor, "quota.decide", "patient", "-", iin.Value.Value, AuditOutcome.Denied, cancellationToken);
            return new PatientNotFound(iin.Value.Masked);
        }

        var notOnRecord = requested.Where(g => !patient.VulnerableGroups.Contains(g)).ToList();
        if (notOnRecord.Count > 0)
        {
            await audit.AppendAsync(actor, "quota.decide", "patient", patient.Id.ToString(), patient.Iin, AuditOutcome.Denied, cancellationToken);
            return new InputInvalid("groups", InputEnums.Kebab(notOnRecord[0]), "a group on the patient's record");
        }

        var groups = requested.Count > 0 ? requested.Distinct().ToList() : patient.VulnerableGroups;
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == scope.OrganizationId, cancellationToken);
        var rules = await modes.RulesAsync(cancellationToken);
        var name = await QuotaDates.NameOfAsync(db, scope, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var today = clock.TodayInKazakhstan();
            var period = await db.QuotaPeriods.SingleOrDefaultAsync(p => p.OrganizationId == organization.Id && p.From <= today && today <= p.To, cancellationToken);
            var check = QuotaCheck.Decide(rules, organization.Level, organization.IsScientific,
                period is null ? null : new QuotaPeriod(period.From, period.To, period.PlannedVolume), period?.DecidedCount ?? 0, groups, today);
            if (check.IsError)
            {
                db.ChangeTracker.Clear();
                await audit.AppendAsync(actor, "quota.decide", "quota-period", period?.Id.ToString() ?? "-", patient.Iin, AuditOutcome.Denied, cancellationToken);
                return check.Error;
            }

            var usage = check.Value;
            var relied = groups.Where(rules.ParagraphOf(usage.Mode).GroupValues.Contains).Order().ToList();
            period!.DecidedCount = usage.Decided;
            var decision = new QuotaDecisionRecord
            {
                Id = Guid.NewGuid(), PeriodId = period.Id, OrganizationId = organization.Id, RegionCode = organization.RegionCode, PatientId = patient.Id,
                Groups = relied, Indication = input.Indication.Trim(), HtmcCode = string.IsNullOrEmpty(code) ? null : code, DecidedOn = today,
                DecidedAt = clock.GetUtcNow(), DecidedByUserId = scope.UserId, DecidedByName = name, Number = usage.Decided,
                PlannedVolume = usage.PlannedVolume, Percent = usage.Percent, LimitCount = usage.LimitCount, Level = usage.Level, Mode = usage.Mode,
            };
            db.QuotaDecisions.Add(decision);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                // UPDATE … SET decided_count = n + 1 WHERE id = … AND decided_count = n: no row when another decision took place n + 1.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (!DatabaseFaults.IsUnavailable(e))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    return new Conformity.ChangedMeanwhile("quota-period");
                }

                continue;
            }

            await audit.AppendAsync(actor, "quota.decide", "quota-decision", decision.Id.ToString(), patient.Iin, AuditOutcome.Allowed, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new QuotaDecided(decision, usage, relied);
        }
    }

    /// <summary>The decisions within reach (of one period, when given), newest first; the read is audited (patients' data).</summary>
    public async Task<IReadOnlyList<QuotaDecisionView>> ListAsync(AccessScope scope, Guid? periodId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var decisions = db.QuotaDecisions.AsNoTracking();
        decisions = scope.Reach switch
        {
            RoleReach.Country => decisions,
            RoleReach.Region => decisions.Where(d => d.RegionCode == scope.RegionCode),
            RoleReach.Organization => decisions.Where(d => d.OrganizationId == scope.OrganizationId),
            _ => decisions.Where(_ => false),
        };
        if (periodId is { } id)
        {
            decisions = decisions.Where(d => d.PeriodId == id);
        }

        var rows = await decisions
            .Join(db.Patients.AsNoTracking(), d => d.PatientId, p => p.Id, (d, p) => new { Decision = d, p.Iin, p.LastName, p.FirstName, p.MiddleName })
            .ToListAsync(cancellationToken);
        await audit.AppendAsync(actor, "quota.decisions.read", "quota-period", periodId?.ToString() ?? "-", null, AuditOutcome.Allowed, cancellationToken);
        return rows.OrderByDescending(r => r.Decision.DecidedAt)
            .Select(r => new QuotaDecisionView(r.Decision, r.Iin, string.Join(' ', new[] { r.LastName, r.FirstName, r.MiddleName }.Where(p => !string.IsNullOrWhiteSpace(p)))))
            .ToList();
    }
}
