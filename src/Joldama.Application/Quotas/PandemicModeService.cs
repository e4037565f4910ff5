using System.Globalization;
using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Quotas;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Quotas;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Quotas;

/// <summary>
/// The pandemic switch of seed 001 §19 ¶2: the order names no dates, so the ministry declares the periods in the system;
/// they are added to any periods of the law data file. The rules in force are the law data's with both lists.
/// </summary>
public sealed class PandemicModeService(JoldamaDbContext db, LawLibrary law, AuditLog audit, TimeProvider clock)
{
    public const int MaxBasisLength = 500;

    /// <summary>§19's rules with the pandemic periods of the law data file and of the system.</summary>
    public async Task<QuotaRules> RulesAsync(CancellationToken cancellationToken = default)
    {
        var declared = await db.PandemicPeriods.AsNoTracking().Select(p => new { p.From, p.To, p.Basis }).ToListAsync(cancellationToken);
        return law.Quotas with { PandemicPeriods = [.. law.Quotas.PandemicPeriods, .. declared.Select(p => new PandemicPeriod(p.From, p.To, p.Basis))] };
    }

    /// <summary>Every pandemic period, the law data file's and the system's, by first day.</summary>
    public async Task<IReadOnlyList<PandemicPeriodView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var declared = await db.PandemicPeriods.AsNoTracking().ToListAsync(cancellationToken);
        return law.Quotas.PandemicPeriods.Select(p => new PandemicPeriodView(null, p.From, p.To, p.Basis, true, null, null))
            .Concat(declared.Select(p => new PandemicPeriodView(p.Id, p.From, p.To, p.Basis, false, p.SetByName, p.SetAt)))
            .OrderBy(p => p.From)
            .ToList();
    }

    /// <summary>Declares a pandemic period; refused when it overlaps one already declared.</summary>
    public async Task<Result<PandemicPeriodRecord>> AddAsync(AccessScope scope, PandemicPeriodInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var range = QuotaDates.Range(input.From, input.To);
        if (range.IsError)
        {
            return range.Error;
        }

        if (string.IsNullOrWhiteSpace(input.Basis) || input.Basis.Trim().Length > MaxBasisLength)
        {
            return new InputInvalid("basis", input.Basis ?? string.Empty, string.Create(CultureInfo.InvariantCulture, $"1..{MaxBasisLength} characters"));
        }

        var (from, to) = range.Value;
        if ((await ListAsync(cancellationToken)).FirstOrDefault(p => p.From <= to && from <= p.To) is { } other)
        {
            return new PandemicPeriodOverlaps(other.From, other.To);
        }

        var record = new PandemicPeriodRecord
        {
            Id = Guid.NewGuid(), From = from, To = to, Basis = input.Basis.Trim(), SetByUserId = scope.UserId,
            SetByName = await QuotaDates.NameOfAsync(db, scope, cancellationToken), SetAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PandemicPeriods.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "quota.pandemic.set", "pandemic-period", record.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }
}
