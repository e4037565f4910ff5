namespace Joldama.Application.Organizations;

/// <summary>An organization as an administrator or an import file gives it (all strings, validated by the service).</summary>
public sealed record NewOrganization(string? Bin, string? NameKk, string? NameRu, string? Region, string? Kind, string? Level);
