using System.Globalization;
using Joldama.Application.Audit;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Organizations;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Organizations;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Organizations;

/// <summary>The registry of organizations: every read is scoped by the caller's reach; every change is audited.</summary>
public sealed class OrganizationService(JoldamaDbContext db, RegionRegistry regions, AuditLog audit, TimeProvider clock)
{
    public const int MaxNameLength = 300;

    /// <summary>The organizations within <paramref name="scope"/>'s reach (a patient sees none).</summary>
    public IQueryable<Organization> Visible(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var all = db.Organizations.AsNoTracking();
        return scope.Reach switch
        {
            RoleReach.Country => all,
            RoleReach.Region => all.Where(o => o.RegionCode == scope.RegionCode),
            RoleReach.Organization => all.Where(o => o.Id == scope.OrganizationId),
            _ => all.Where(_ => false),
        };
    }

    /// <summary>One organization, or not-found when it does not exist or is outside the caller's reach (404, not 403).</summary>
    public async Task<Result<Organization>> GetAsync(AccessScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        var organization = await Visible(scope).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return organization is null ? new OrganizationNotFound(id) : organization;
    }

    public Result<Organization> Validate(NewOrganization input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bin = Bin.Parse(input.Bin is null ? null : Bin.Normalize(input.Bin));
        if (bin.IsError)
        {
            return bin.Error;
        }

        if (Text(input.NameKk, "nameKk") is { IsError: true } kk)
        {
            return kk.Error;
        }

        if (Text(input.NameRu, "nameRu") is { IsError: true } ru)
        {
            return ru.Error;
        }

        var region = regions.Find(input.Region);
        if (region is null)
        {
            return new RegionUnknown(input.Region ?? string.Empty);
        }

        if (!Enum.TryParse<OrganizationKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(input.Kind, out _))
        {
            return new InputInvalid("kind", input.Kind ?? string.Empty, string.Join('|', Enum.GetNames<OrganizationKind>()));
        }

        if (!Enum.TryParse<OrganizationLevel>(input.Level, ignoreCase: true, out var level) || !Enum.IsDefined(level) || int.TryParse(input.Level, out _))
        {
            return new InputInvalid("level", input.Level ?? string.Empty, string.Join('|', Enum.GetNames<OrganizationLevel>()));
        }

        return new Organization
        {
            Id = Guid.NewGuid(),
            Bin = bin.Value.Value,
            NameKk = input.NameKk!.Trim(),
            NameRu = input.NameRu!.Trim(),
            RegionCode = region.Code,
            Kind = kind,
            Level = level,
            IsScientific = input.IsScientific,
            CreatedAt = clock.GetUtcNow(),
        };
    }

    public async Task<Result<Organization>> CreateAsync(NewOrganization input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var organization = Validate(input);
        if (organization.IsError)
        {
            return organization.Error;
        }

        if (await db.Organizations.AnyAsync(o => o.Bin == organization.Value.Bin, cancellationToken))
        {
            return new OrganizationDuplicate(organization.Value.Bin);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organizations.Add(organization.Value);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actor, "organization.create", "organization", organization.Value.Id.ToString(), null, AuditOutcome.Allowed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return organization;
    }

    private static Result<string> Text(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) || value.Length > MaxNameLength
            ? new InputInvalid(field, value?.Length > 40 ? value[..40] + "…" : value ?? string.Empty, string.Create(CultureInfo.InvariantCulture, $"1..{MaxNameLength} characters"))
            : value.Trim();
}
