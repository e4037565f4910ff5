namespace Joldama.Domain.Catalog;

/// <summary>
/// Continuing education: at least <paramref name="MinHours"/> hours on <paramref name="Topic"/> within
/// the last <paramref name="WithinYears"/> years. Either number is null where the text names a topic
/// without hours or a period.
/// </summary>
public sealed record EducationRequirement(int? MinHours, int? WithinYears, BilingualText? Topic);
