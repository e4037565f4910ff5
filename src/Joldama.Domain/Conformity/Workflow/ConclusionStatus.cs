namespace Joldama.Domain.Conformity.Workflow;

/// <summary>
/// A signed conclusion's standing. <see cref="Flagged"/>: a re-check after a change of staff or devices (§29) found
/// it no longer met; the department decides what follows. <see cref="Superseded"/>: re-issued (§26.4, §30).
/// </summary>
public enum ConclusionStatus
{
    Valid,
    Flagged,
    Superseded,
}
