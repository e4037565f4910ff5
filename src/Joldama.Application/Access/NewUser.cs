namespace Joldama.Application.Access;

/// <summary>A user as the system administrator enters it (strings, validated by <see cref="UserService"/>).</summary>
public sealed record NewUser(string? Login, string? DisplayName, Guid OrganizationId, string? Role, string? Password, string? PatientIin, string? Phone);
