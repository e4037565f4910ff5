using Joldama.Domain.Abroad;

namespace Joldama.Data.Abroad;

/// <summary>A completed (or refused) step: who, for which party, when, and what it recorded.</summary>
public sealed class AbroadStepRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public int Step { get; set; }

    public AbroadActor Actor { get; set; }

    /// <summary>"completed" or "refused".</summary>
    public required string Outcome { get; set; }

    public Guid UserId { get; set; }

    public required string Login { get; set; }

    public Guid OrganizationId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The step's due date when it was completed (null: none ran), to show whether it was on time.</summary>
    public DateOnly? DueOn { get; set; }

    public string? Comment { get; set; }

    public Dictionary<string, string> Values { get; set; } = [];
}
