using Joldama.Domain.Organizations;

namespace Joldama.Data.Organizations;

/// <summary>An organization of the health system, identified by its BIN.</summary>
public sealed class Organization
{
    public Guid Id { get; set; }

    public required string Bin { get; set; }

    public required string NameKk { get; set; }

    public required string NameRu { get; set; }

    public required string RegionCode { get; set; }

    public OrganizationKind Kind { get; set; }

    public OrganizationLevel Level { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
