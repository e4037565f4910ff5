using System.Globalization;
using Joldama.Application.Audit;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Organizations;
using Joldama.Data.Quotas;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Quotas;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Quotas;

/// <summary>
/// Seed 001 §19: an organization's planned volumes per period and its usage. Every read is scoped by the caller's reach;
/// every change is audited. The head's decisions are in <see cref="QuotaDecisionService"/>.
/// </summary>
public sealed class QuotaService(JoldamaDbContext db, PandemicModeService modes, AuditLog audit, TimeProvider clock)
{
    /// <summary>A volume above this is a typing error, not a plan (the largest national centres plan tens of thousands).</summary>
    public const int MaxPlannedVolume = 1_000_000;

    /// <summary>The periods within reach: the head its organization's, the analyst its region's, the ministry all.</summary>
    public IQueryable<QuotaPeriodRecord> Visible(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var all = db.QuotaPeriods.AsNoTracking();
        return scope.Reach switch
        {
            RoleReach.Country => all,
            RoleReach.Region => all.Where(p => p.RegionCode == scope.RegionCode),
            RoleReach.Organization => all.Where(p => p.OrganizationId == scope.OrganizationId),
            _ => all.Where(_ => false),
        };
    }

    /// <summary>Sets the planned volume of a period for the caller's own organization; refused when it overlaps a period it has.</summary>
    public async Task<Result<QuotaPeriodRecord>> SetPeriodAsync(AccessScope scope, QuotaPeriodInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var range = QuotaDates.Range(input.From, input.To);
        if (range.IsError)
        {
            return range.Error;
        }

        if (input.PlannedVolume is not (> 0 and <= MaxPlannedVolume))
        {
            return new InputInvalid("plannedVolume", input.PlannedVolume?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                string.Create(CultureInfo.InvariantCulture, $"1..{MaxPlannedVolume}"));
        }

        var (from, to) = range.Value;
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == scope.OrganizationId, cancellationToken);
        var record = new QuotaPeriodRecord
        {
            Id = Guid.NewGuid(), OrganizationId = organization.Id, RegionCode = organization.RegionCode, From = from, To = to,
            PlannedVolume = input.PlannedVolume.Value, SetByUserId = scope.UserId, SetByName = await QuotaDates.NameOfAsync(db, scope, cancellationToken),
            SetAt = clock.GetUtcNow(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Checked in the inserting transaction. Two overlapping sets for one organization at the same instant could both pass
        // on PostgreSQL (no range constraint that SQLite shares): accepted, a head sets a volume a few times a year (docs/quotas.md).
        var overlapping = await db.QuotaPeriods.AsNoTracking()
            .Where(p => p.OrganizationId == organization.Id && p.From <= to && from <= p.To)
            .Select(p => new { p.From, p.To }).FirstOrDefaultAsync(cancellationToken);
        if (overlapping is not null)
        {
            return new QuotaPeriodOverlaps(overlapping.From, overlapping.To);
        }

        db.QuotaPeriods.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "quota.period.set", "quota-period", record.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    /// <summary>The periods within reach that overlap [<paramref name="from"/>, <paramref name="to"/>] (any, when null), with their usage.</summary>
    public async Task<IReadOnlyList<QuotaPeriodView>> ListAsync(AccessScope scope, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        var periods = Visible(scope);
        if (from is { } f)
        {
            periods = periods.Where(p => p.To >= f);
        }

        if (to is { } t)
        {
            periods = periods.Where(p => p.From <= t);
        }

        var rows = await periods
            .Join(db.Organizations.AsNoTracking(), p => p.OrganizationId, o => o.Id, (p, o) => new { Period = p, Organization = o })
            .ToListAsync(cancellationToken);
        var rules = await modes.RulesAsync(cancellationToken);
        var today = clock.TodayInKazakhstan();
        return rows.Select(r => View(rules, r.Period, r.Organization, today))
            .OrderBy(v => v.Period.RegionCode, StringComparer.Ordinal).ThenBy(v => v.OrganizationNameRu, StringComparer.Ordinal).ThenBy(v => v.Period.From)
            .ToList();
    }

    /// <summary>One period with its usage, or not-found outside reach.</summary>
    public async Task<Result<QuotaPeriodView>> GetAsync(AccessScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        var period = await Visible(scope).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null)
        {
            return new QuotaPeriodNotFound(id);
        }

        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == period.OrganizationId, cancellationToken);
        return View(await modes.RulesAsync(cancellationToken), period, organization, clock.TodayInKazakhstan());
    }

    /// <summary>The usage of the caller's own organization on <paramref name="on"/> (the head's form); <c>quota.no_planned_volume</c> when no period holds the date.</summary>
    public async Task<Result<QuotaPeriodView>> UsageAsync(AccessScope scope, DateOnly on, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var period = await db.QuotaPeriods.AsNoTracking()
            .SingleOrDefaultAsync(p => p.OrganizationId == scope.OrganizationId && p.From <= on && on <= p.To, cancellationToken);
        if (period is null)
        {
            return new QuotaNoPlannedVolume(on);
        }

        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == period.OrganizationId, cancellationToken);
        return View(await modes.RulesAsync(cancellationToken), period, organization, on);
    }

    /// <summary>The usage of <paramref name="period"/> against the limit in force on <paramref name="on"/>, kept inside the period.</summary>
    internal static QuotaPeriodView View(QuotaRules rules, QuotaPeriodRecord period, Organization organization, DateOnly on)
    {
        var date = on < period.From ? period.From : on > period.To ? period.To : on;
        var usage = QuotaCheck.Usage(rules, organization.Level, organization.IsScientific, period.PlannedVolume, period.DecidedCount, date);
        return new QuotaPeriodView(period, organization.NameKk, organization.NameRu, date, usage);
    }
}
