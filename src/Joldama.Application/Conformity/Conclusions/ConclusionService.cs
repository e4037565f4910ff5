using Joldama.Application.Audit;
using Joldama.Data;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Conformity.Conclusions;

/// <summary>
/// Signed conclusions (App. 3): read within reach (the Fund reads every copy, §28), the register of valid ones
/// (§22), and the §29 alerts for the provider and its territorial department.
/// </summary>
public sealed class ConclusionService(JoldamaDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>One row of the register: a provider holding a valid positive conclusion for the code on the day.</summary>
    public sealed record RegisterEntry(
        Guid OrganizationId, string Bin, string NameKk, string NameRu, string RegionCode,
        Guid ConclusionId, string Number, string Code, DateOnly ValidFrom, DateOnly ValidTo, bool Flagged);

    public IQueryable<ConclusionRecord> Visible(AccessScope scope)
    {
        return db.Conclusions.AsNoTracking().Within(scope);
    }

    public async Task<Result<ConclusionRecord>> GetAsync(AccessScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        var conclusion = await Visible(scope).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return conclusion is null ? new ConclusionNotFound(id) : conclusion;
    }

    /// <summary>
    /// §22: the providers that may provide <paramref name="code"/> on <paramref name="date"/> — a positive conclusion,
    /// not superseded, valid that day — optionally in one region. Flagged ones (§29) are listed, marked: the
    /// department has not decided yet, and the referral workflow shows the mark.
    /// </summary>
    public async Task<IReadOnlyList<RegisterEntry>> RegisterAsync(string code, DateOnly date, string? region, CancellationToken cancellationToken = default)
    {
        var query = from c in db.Conclusions.AsNoTracking()
                    join o in db.Organizations.AsNoTracking() on c.OrganizationId equals o.Id
                    where c.Code == code && c.Positive && c.Status != ConclusionStatus.Superseded && c.ValidFrom <= date && c.ValidTo >= date
                    select new { c, o };
        if (!string.IsNullOrEmpty(region))
        {
            query = query.Where(x => x.c.RegionCode == region);
        }

        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows
            .Select(x => new RegisterEntry(x.o.Id, x.o.Bin, x.o.NameKk, x.o.NameRu, x.c.RegionCode, x.c.Id, x.c.Number, x.c.Code,
                x.c.ValidFrom!.Value, x.c.ValidTo!.Value, x.c.Status == ConclusionStatus.Flagged))
            .OrderBy(e => e.RegionCode, StringComparer.Ordinal).ThenBy(e => e.NameRu, StringComparer.Ordinal)];
    }

    public IQueryable<ConformityAlertRecord> VisibleAlerts(AccessScope scope)
    {
        return db.ConformityAlerts.AsNoTracking().Within(scope);
    }

    /// <summary>The provider or the department marks an alert as seen; each side's acknowledgement is its own.</summary>
    public async Task<Result<ConformityAlertRecord>> AcknowledgeAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!await VisibleAlerts(scope).AnyAsync(a => a.Id == id, cancellationToken))
        {
            return new AlertNotFound(id);
        }

        var alert = await db.ConformityAlerts.SingleAsync(a => a.Id == id, cancellationToken);
        if (scope.Reach == RoleReach.Organization)
        {
            alert.ProviderAcknowledgedAt ??= clock.GetUtcNow();
        }
        else
        {
            alert.DepartmentAcknowledgedAt ??= clock.GetUtcNow();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "conformity_alert.acknowledge", "conformity_alert", id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return alert;
    }
}
