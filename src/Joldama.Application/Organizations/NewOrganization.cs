namespace Joldama.Application.Organizations;

/// <summary>An organization as an administrator or an import file gives it (all strings, validated by the service).</summary>
/// <param name="IsScientific">A scientific organization (seed 001 §19 ¶2: 50 % in the pandemic mode); the import file has no column for it.</param>
public sealed record NewOrganization(string? Bin, string? NameKk, string? NameRu, string? Region, string? Kind, string? Level, bool IsScientific = false);
