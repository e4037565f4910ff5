namespace Joldama.Domain.Catalog;

/// <summary>
/// One staff requirement of a characteristic: <paramref name="MinCount"/> specialists holding a
/// certificate in any one of <paramref name="Specialties"/> (they are alternatives, «… немесе …»),
/// each with the experience, education and conditions given.
/// </summary>
public sealed record StaffRequirement(
    StaffRole Role,
    IReadOnlyList<BilingualText> Specialties,
    int MinCount,
    ExperienceRequirement? Experience,
    IReadOnlyList<EducationRequirement> Education,
    IReadOnlyList<StaffCondition> Conditions);
