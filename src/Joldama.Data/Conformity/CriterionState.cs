using Joldama.Domain.Conformity;

namespace Joldama.Data.Conformity;

/// <summary>One criterion of an application item: the machine's finding and the inspector's decision on it.</summary>
public sealed class CriterionState
{
    public int Index { get; set; }

    public CriterionKind Kind { get; set; }

    public string Code { get; set; } = string.Empty;

    public bool MachineMet { get; set; }

    public string Reason { get; set; } = string.Empty;

    public Dictionary<string, string> Args { get; set; } = [];

    public List<FindingNote> Notes { get; set; } = [];

    /// <summary>The inspector's decision; null until decided.</summary>
    public bool? Met { get; set; }

    public bool Overrides { get; set; }

    public string? Justification { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
