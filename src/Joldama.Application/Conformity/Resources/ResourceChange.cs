using Joldama.Data.Conformity;

namespace Joldama.Application.Conformity.Resources;

/// <summary>A change of staff or devices and the conclusions its §29 re-check flagged (empty when all still hold).</summary>
public sealed record ResourceChange<T>(T Record, IReadOnlyList<ConclusionRecord> Flagged);
