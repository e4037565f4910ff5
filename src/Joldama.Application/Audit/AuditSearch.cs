using System.Globalization;
using CsvHelper;
using Joldama.Data;
using Joldama.Data.Audit;
using Joldama.Domain.Audit;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Audit;

/// <summary>
/// The auditor's view of the log: search (newest first) and CSV export. The IIN is searched exactly
/// and shown masked; searching the log is itself an audited read of patient data when an IIN is given.
/// </summary>
public sealed class AuditSearch(JoldamaDbContext db, AuditLog audit)
{
    public const int PageSize = 100;

    public IQueryable<AuditRecord> Query(AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.AuditRecords.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = KazakhstanTime.StartOfDay(from);
            query = query.Where(r => r.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = KazakhstanTime.EndOfDay(to);
            query = query.Where(r => r.At < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.PatientIin))
        {
            var iin = Iin.Normalize(filter.PatientIin);
            query = query.Where(r => r.PatientIin == iin);
        }

        if (!string.IsNullOrWhiteSpace(filter.Login))
        {
            var login = filter.Login.Trim().ToLowerInvariant();
            query = query.Where(r => r.ActorLogin == login);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var action = filter.Action.Trim();
            query = query.Where(r => r.Action.StartsWith(action));
        }

        if (Enum.TryParse<AuditOutcome>(filter.Outcome, ignoreCase: true, out var outcome))
        {
            query = query.Where(r => r.Outcome == outcome);
        }

        return query.OrderByDescending(r => r.Id);
    }

    public async Task<IReadOnlyList<AuditRecord>> SearchAsync(AuditFilter filter, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var found = await Query(filter).Take(PageSize).ToListAsync(cancellationToken);
        await RecordSearchAsync(filter, actor, cancellationToken);
        return found;
    }

    public async Task ExportAsync(AuditFilter filter, AuditActor actor, TextWriter output, CancellationToken cancellationToken = default)
    {
        await RecordSearchAsync(filter, actor, cancellationToken);
        await using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in new[] { "sequence", "at_utc", "login", "role", "organization", "action", "entity", "entity_id", "patient_iin_masked", "remote_address", "outcome", "hash", "id" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        await foreach (var r in Query(filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var field in new[]
            {
                r.Sequence?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), r.ActorLogin, r.ActorRole,
                r.ActorOrganizationId?.ToString() ?? string.Empty, r.Action, r.EntityType, r.EntityId, Mask(r.PatientIin), r.RemoteAddress, r.Outcome.ToString(), r.Hash ?? string.Empty, r.Id.ToString(CultureInfo.InvariantCulture),
            })
            {
                csv.WriteField(field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) ? "'" + field : field);
            }

            await csv.NextRecordAsync();
        }
    }

    public static string Mask(string? iin) => iin is { Length: 12 } ? string.Concat(iin.AsSpan(0, 2), "******", iin.AsSpan(8)) : string.Empty;

    private Task RecordSearchAsync(AuditFilter filter, AuditActor actor, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(filter.PatientIin)
            ? Task.CompletedTask
            : audit.AppendAsync(actor, "audit.search", "audit", "-", Iin.Normalize(filter.PatientIin), AuditOutcome.Allowed, cancellationToken);
}
