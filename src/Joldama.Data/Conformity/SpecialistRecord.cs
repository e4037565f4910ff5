using Joldama.Domain.Conformity;

namespace Joldama.Data.Conformity;

/// <summary>
/// A specialist on a provider's staff, with what seed 001 Appendix 2 asks about them. Personal data: every read and
/// change is audit-logged by the service that touches it.
/// </summary>
public sealed class SpecialistRecord : IOrganizationRecord
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public required string FullName { get; set; }

    public required string Iin { get; set; }

    public List<SpecialtyCertificate> Certificates { get; set; } = [];

    public List<ExperienceEntry> Experience { get; set; } = [];

    public List<EducationRecord> Education { get; set; } = [];

    public List<HeldCondition> Conditions { get; set; } = [];

    /// <summary>§29: the day the specialist left or moved to another post; null while on staff.</summary>
    public DateOnly? LeftOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two administrators editing one specialist do not overwrite each other.</summary>
    public int Version { get; set; }
}
