using Joldama.Domain.Catalog;

namespace Joldama.Domain.Conformity;

/// <summary>
/// Years of work a specialist has, and where (seed 001, Appendix 2: «… бөлімшесінде кемінде 3 жыл жұмыс өтілі»).
/// </summary>
/// <param name="Where">The department or field, in kk or ru; null where the entry is not tied to a place and counts anywhere.</param>
public sealed record ExperienceEntry(decimal Years, ExperienceScope Scope, string? Where);
