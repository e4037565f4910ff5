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

    /// <summary>A scientific organization (research institute, national scientific centre): seed 001 §19 ¶2's «ғылыми ұйымдары», 50 % in the pandemic mode.</summary>
    public bool IsScientific { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
