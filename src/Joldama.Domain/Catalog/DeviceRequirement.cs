namespace Joldama.Domain.Catalog;

/// <summary>A medical device a provider must have, at least <paramref name="MinCount"/> of them, working.</summary>
public sealed record DeviceRequirement(BilingualText Name, int MinCount);
