using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Data;
using Joldama.Data.Conformity;
using Joldama.Domain.Audit;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using Joldama.Domain.Conformity.Workflow;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Conformity;

/// <summary>
/// §29: when a specialist put forward leaves or a device put forward is out of order or written off, every valid
/// conclusion that relied on them is evaluated again at once, in the caller's transaction. A conclusion that no longer
/// holds is flagged and an alert tells the provider and the territorial department why; one that holds again after a
/// repair is cleared.
/// </summary>
public sealed class ConformityRecheck(JoldamaDbContext db, LawLibrary law, AuditLog audit, TimeProvider clock)
{
    public sealed record Change(Guid OrganizationId, string Trigger, string Subject, Guid? SpecialistId, Guid? DeviceId, DateOnly ChangedOn);

    /// <summary>The conclusions flagged by this change.</summary>
    public async Task<IReadOnlyList<ConclusionRecord>> RunAsync(Change change, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var today = clock.TodayInKazakhstan();
        var on = change.ChangedOn > today ? change.ChangedOn : today;
        var held = await db.Conclusions
            .Where(c => c.OrganizationId == change.OrganizationId && c.Positive && c.Status != ConclusionStatus.Superseded && c.ValidTo >= today)
            .ToListAsync(cancellationToken);
        var itemIds = held.Select(c => c.ItemId).ToList();
        var items = await db.ConformityApplicationItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var flagged = new List<ConclusionRecord>();
        foreach (var conclusion in held)
        {
            var item = items[conclusion.ItemId];
            var relied = (change.SpecialistId is { } s && item.SpecialistIds.Contains(s)) || (change.DeviceId is { } d && item.DeviceIds.Contains(d));
            if (!relied)
            {
                continue;
            }

            var report = await EvaluateAsync(item, conclusion.Code, on, cancellationToken);
            if (report is null)
            {
                continue;
            }

            if (!report.Conforms)
            {
                var due = Deadlines.DataUpdateDue(law.Calendar, law.Conformity, change.ChangedOn);
                db.ConformityAlerts.Add(new ConformityAlertRecord
                {
                    Id = Guid.NewGuid(),
                    ConclusionId = conclusion.Id,
                    OrganizationId = conclusion.OrganizationId,
                    RegionCode = conclusion.RegionCode,
                    Code = conclusion.Code,
                    RaisedAt = clock.GetUtcNow(),
                    Trigger = change.Trigger,
                    Subject = change.Subject,
                    ChangedOn = change.ChangedOn,
                    RecordedOn = today,
                    UpdateDueOn = due.IsError ? null : due.Value,
                    Failures = [.. ResourceMapping.ToStates(report).Where(f => !f.MachineMet)],
                });
                if (conclusion.Status == ConclusionStatus.Valid)
                {
                    conclusion.Status = ConclusionStatus.Flagged;
                    conclusion.FlaggedAt = clock.GetUtcNow();
                    conclusion.Version++;
                }

                flagged.Add(conclusion);
                await audit.AppendAsync(actor, "conclusion.flag", "conclusion", conclusion.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
            }
            else if (conclusion.Status == ConclusionStatus.Flagged)
            {
                conclusion.Status = ConclusionStatus.Valid;
                conclusion.FlaggedAt = null;
                conclusion.Version++;
                await audit.AppendAsync(actor, "conclusion.unflag", "conclusion", conclusion.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return flagged;
    }

    /// <summary>Evaluates an application item against the characteristic of <paramref name="code"/> with the resources as they are now.</summary>
    internal async Task<ConformityReport?> EvaluateAsync(ConformityApplicationItemRecord item, string code, DateOnly on, CancellationToken cancellationToken)
    {
        var characteristic = CharacteristicOf(law.Catalog, code, on);
        if (characteristic is null)
        {
            return null;
        }

        var specialists = await db.Specialists.AsNoTracking().Where(s => item.SpecialistIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var devices = await db.Devices.AsNoTracking().Where(d => item.DeviceIds.Contains(d.Id)).ToListAsync(cancellationToken);
        return ConformityEvaluator.Evaluate(characteristic, ResourceMapping.ToResources(specialists, devices, item.Facts, on), on, law.Catalog.Footnotes);
    }

    /// <summary>The characteristic of the code in force on the day, if Appendix 2 has one.</summary>
    public static Characteristic? CharacteristicOf(HtmcCatalog catalog, string code, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Characteristics.FirstOrDefault(c => string.Equals(c.Code.Value, code, StringComparison.Ordinal) && c.InForceOn(on));
    }
}
