namespace Joldama.Domain.Conformity;

/// <summary>A person on the provider's staff, with what Appendix 2 of seed 001 asks about them.</summary>
/// <param name="PersonId">The provider's identifier for the person (never shown in a reason; <paramref name="Name"/> is).</param>
public sealed record Specialist(
    string PersonId,
    string Name,
    IReadOnlyList<SpecialtyCertificate> Certificates,
    IReadOnlyList<ExperienceEntry> Experience,
    IReadOnlyList<EducationRecord> Education,
    IReadOnlyList<HeldCondition> Conditions);
