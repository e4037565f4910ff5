using Joldama.Application.Audit;
using Joldama.Application.Organizations;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Catalog;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Conformity.Resources;

/// <summary>
/// A provider's specialists and devices (seed 001 §25, §29). Reads are scoped by the caller's reach and audited
/// (specialists are personal data); only the provider's own administrator changes them, and every change that can
/// break a conclusion runs the §29 re-check in the same transaction.
/// </summary>
public sealed class ProviderResourceService(JoldamaDbContext db, DeviceVocabulary devices, AuditLog audit, ConformityRecheck recheck, TimeProvider clock)
{
    /// <summary>The device types to choose from, one per Russian name.</summary>
    public IReadOnlyList<BilingualText> DeviceTypes => devices.Types;

    /// <summary>Every wording of every device name, for matching what a provider typed.</summary>
    public IReadOnlyList<BilingualText> DeviceNames => devices.Names;

    public IQueryable<SpecialistRecord> VisibleSpecialists(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Scoped(db.Specialists.AsNoTracking(), scope);
    }

    public IQueryable<DeviceRecord> VisibleDevices(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Scoped(db.Devices.AsNoTracking(), scope);
    }

    /// <summary>The staff of an organization within reach, audited as a read of personal data; not-found outside reach.</summary>
    public async Task<Result<IReadOnlyList<SpecialistRecord>>> ListSpecialistsAsync(AccessScope scope, Guid organizationId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        if (!await ReachesAsync(scope, organizationId, cancellationToken))
        {
            return new OrganizationNotFound(organizationId);
        }

        var list = await VisibleSpecialists(scope).Where(s => s.OrganizationId == organizationId).OrderBy(s => s.FullName).ToListAsync(cancellationToken);
        await audit.AppendAsync(actor, "specialist.list", "organization", organizationId.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        return list;
    }

    public async Task<Result<IReadOnlyList<DeviceRecord>>> ListDevicesAsync(AccessScope scope, Guid organizationId, CancellationToken cancellationToken = default)
    {
        if (!await ReachesAsync(scope, organizationId, cancellationToken))
        {
            return new OrganizationNotFound(organizationId);
        }

        return await VisibleDevices(scope).Where(d => d.OrganizationId == organizationId).OrderBy(d => d.TypeName).ThenBy(d => d.SerialNumber).ToListAsync(cancellationToken);
    }

    public async Task<Result<SpecialistRecord>> GetSpecialistAsync(AccessScope scope, Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var specialist = await VisibleSpecialists(scope).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (specialist is null)
        {
            return new SpecialistNotFound(id);
        }

        await audit.AppendAsync(actor, "specialist.read", "specialist", id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        return specialist;
    }

    public async Task<Result<SpecialistRecord>> AddSpecialistAsync(AccessScope scope, SpecialistInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var valid = ResourceValidation.Specialist(input);
        if (valid.IsError)
        {
            return valid.Error;
        }

        if (await db.Specialists.AnyAsync(s => s.OrganizationId == scope.OrganizationId && s.Iin == valid.Value.Iin && s.LeftOn == null, cancellationToken))
        {
            return new SpecialistDuplicate(valid.Value.Iin);
        }

        var now = clock.GetUtcNow();
        var record = new SpecialistRecord
        {
            Id = Guid.NewGuid(), OrganizationId = scope.OrganizationId, FullName = valid.Value.FullName, Iin = valid.Value.Iin,
            CreatedAt = now, UpdatedAt = now,
        };
        Apply(record, valid.Value);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Specialists.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "specialist.create", "specialist", record.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    /// <summary>Replaces what is known of a specialist; <paramref name="version"/> is the one the caller read.</summary>
    public async Task<Result<ResourceChange<SpecialistRecord>>> UpdateSpecialistAsync(
        AccessScope scope, Guid id, int version, SpecialistInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var record = await OwnSpecialist(scope, id, cancellationToken);
        if (record is null)
        {
            return new SpecialistNotFound(id);
        }

        var valid = ResourceValidation.Specialist(input);
        if (valid.IsError)
        {
            return valid.Error;
        }

        if (record.Version != version)
        {
            return new ChangedMeanwhile("specialist");
        }

        Apply(record, valid.Value);
        record.FullName = valid.Value.FullName;
        record.Iin = valid.Value.Iin;
        return await SaveAsync(record, "specialist.update", new ConformityRecheck.Change(record.OrganizationId, "specialist-changed", record.FullName, record.Id, null, clock.TodayInKazakhstan()), actor, cancellationToken);
    }

    /// <summary>§29: the specialist left or moved to another post on <paramref name="input"/>'s day.</summary>
    public async Task<Result<ResourceChange<SpecialistRecord>>> RecordLeavingAsync(AccessScope scope, Guid id, ResourceChangeInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var record = await OwnSpecialist(scope, id, cancellationToken);
        if (record is null)
        {
            return new SpecialistNotFound(id);
        }

        if (record.LeftOn is { } left)
        {
            return new SpecialistAlreadyLeft(left);
        }

        var on = InputDates.ParseOptional(input?.On, "on", clock.TodayInKazakhstan());
        if (on.IsError)
        {
            return on.Error;
        }

        record.LeftOn = on.Value;
        return await SaveAsync(record, "specialist.leave", new ConformityRecheck.Change(record.OrganizationId, "specialist-left", record.FullName, record.Id, null, on.Value), actor, cancellationToken);
    }

    public async Task<Result<DeviceRecord>> AddDeviceAsync(AccessScope scope, DeviceInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var valid = ResourceValidation.Device(input, DeviceNames);
        if (valid.IsError)
        {
            return valid.Error;
        }

        var now = clock.GetUtcNow();
        var record = new DeviceRecord
        {
            Id = Guid.NewGuid(), OrganizationId = scope.OrganizationId, TypeName = valid.Value.TypeName, Model = valid.Value.Model,
            SerialNumber = valid.Value.SerialNumber, Count = valid.Value.Count, OutOfOrderSince = valid.Value.OutOfOrderSince, CreatedAt = now, UpdatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Devices.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "device.create", "device", record.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    public async Task<Result<ResourceChange<DeviceRecord>>> UpdateDeviceAsync(
        AccessScope scope, Guid id, int version, DeviceInput input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var record = await OwnDevice(scope, id, cancellationToken);
        if (record is null)
        {
            return new DeviceNotFound(id);
        }

        var valid = ResourceValidation.Device(input, DeviceNames);
        if (valid.IsError)
        {
            return valid.Error;
        }

        if (record.Version != version)
        {
            return new ChangedMeanwhile("device");
        }

        record.TypeName = valid.Value.TypeName;
        record.Model = valid.Value.Model;
        record.SerialNumber = valid.Value.SerialNumber;
        record.Count = valid.Value.Count;
        record.OutOfOrderSince = valid.Value.OutOfOrderSince;
        var trigger = record.OutOfOrderSince is null ? "device-changed" : "device-out-of-order";
        return await SaveAsync(record, "device.update", Change(record, trigger, record.OutOfOrderSince ?? clock.TodayInKazakhstan()), actor, cancellationToken);
    }

    /// <summary>§29: the device is out of order since the day given (an empty day means today).</summary>
    public Task<Result<ResourceChange<DeviceRecord>>> RecordOutOfOrderAsync(AccessScope scope, Guid id, ResourceChangeInput input, AuditActor actor, CancellationToken cancellationToken = default) =>
        ChangeDeviceAsync(scope, id, input, "device.out_of_order", "device-out-of-order", (d, on) => d.OutOfOrderSince = on, actor, cancellationToken);

    /// <summary>The device works again: a conclusion flagged only because of it is cleared by the re-check.</summary>
    public Task<Result<ResourceChange<DeviceRecord>>> RecordRepairedAsync(AccessScope scope, Guid id, ResourceChangeInput input, AuditActor actor, CancellationToken cancellationToken = default) =>
        ChangeDeviceAsync(scope, id, input, "device.repaired", "device-repaired", (d, _) => d.OutOfOrderSince = null, actor, cancellationToken);

    /// <summary>Written off: no longer counts; kept for the history of past conclusions.</summary>
    public Task<Result<ResourceChange<DeviceRecord>>> RetireDeviceAsync(AccessScope scope, Guid id, ResourceChangeInput input, AuditActor actor, CancellationToken cancellationToken = default) =>
        ChangeDeviceAsync(scope, id, input, "device.retire", "device-retired", (d, on) => d.RetiredOn = on, actor, cancellationToken);

    private async Task<Result<ResourceChange<DeviceRecord>>> ChangeDeviceAsync(
        AccessScope scope, Guid id, ResourceChangeInput? input, string action, string trigger, Action<DeviceRecord, DateOnly> change, AuditActor actor, CancellationToken cancellationToken)
    {
        var record = await OwnDevice(scope, id, cancellationToken);
        if (record is null)
        {
            return new DeviceNotFound(id);
        }

        var on = InputDates.ParseOptional(input?.On, "on", clock.TodayInKazakhstan());
        if (on.IsError)
        {
            return on.Error;
        }

        change(record, on.Value);
        return await SaveAsync(record, action, Change(record, trigger, on.Value), actor, cancellationToken);
    }

    private static ConformityRecheck.Change Change(DeviceRecord device, string trigger, DateOnly on) =>
        new(device.OrganizationId, trigger, $"{device.TypeName} {device.Model} {device.SerialNumber}".Trim(), null, device.Id, on);

    private Task<Result<ResourceChange<SpecialistRecord>>> SaveAsync(SpecialistRecord record, string action, ConformityRecheck.Change change, AuditActor actor, CancellationToken cancellationToken)
    {
        record.UpdatedAt = clock.GetUtcNow();
        record.Version++;
        return SaveAsync(record, "specialist", record.Id, action, change, actor, cancellationToken);
    }

    private Task<Result<ResourceChange<DeviceRecord>>> SaveAsync(DeviceRecord record, string action, ConformityRecheck.Change change, AuditActor actor, CancellationToken cancellationToken)
    {
        record.UpdatedAt = clock.GetUtcNow();
        record.Version++;
        return SaveAsync(record, "device", record.Id, action, change, actor, cancellationToken);
    }

    /// <summary>Saves the change, its audit record and the §29 re-check it sets off, in one transaction.</summary>
    private async Task<Result<ResourceChange<T>>> SaveAsync<T>(
        T record, string entity, Guid id, string action, ConformityRecheck.Change change, AuditActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ChangedMeanwhile(entity);
        }

        await audit.AppendAsync(actor, action, entity, id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        var flagged = await recheck.RunAsync(change, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ResourceChange<T>(record, flagged);
    }

    private static void Apply(SpecialistRecord record, ResourceValidation.ValidSpecialist valid)
    {
        record.Certificates = valid.Certificates;
        record.Experience = valid.Experience;
        record.Education = valid.Education;
        record.Conditions = valid.Conditions;
    }

    // Changes are the provider's own: another organization's record is "not found", as for reads out of reach.
    private Task<SpecialistRecord?> OwnSpecialist(AccessScope scope, Guid id, CancellationToken cancellationToken) =>
        db.Specialists.SingleOrDefaultAsync(s => s.Id == id && s.OrganizationId == scope.OrganizationId, cancellationToken);

    private Task<DeviceRecord?> OwnDevice(AccessScope scope, Guid id, CancellationToken cancellationToken) =>
        db.Devices.SingleOrDefaultAsync(d => d.Id == id && d.OrganizationId == scope.OrganizationId, cancellationToken);

    private async Task<bool> ReachesAsync(AccessScope scope, Guid organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken);
        return organization is not null && scope.Reaches(organization.Id, organization.RegionCode);
    }

    /// <summary>Specialists and devices carry no region: reach goes through their organization's.</summary>
    private IQueryable<T> Scoped<T>(IQueryable<T> all, AccessScope scope)
        where T : IOrganizationRecord
    {
        var organizations = db.Organizations.AsNoTracking();
        var ids = scope.Reach switch
        {
            RoleReach.Country => organizations.Select(o => o.Id),
            RoleReach.Region => organizations.Where(o => o.RegionCode == scope.RegionCode).Select(o => o.Id),
            RoleReach.Organization => organizations.Where(o => o.Id == scope.OrganizationId).Select(o => o.Id),
            _ => organizations.Where(_ => false).Select(o => o.Id),
        };
        return all.Where(r => ids.Contains(r.OrganizationId));
    }
}
