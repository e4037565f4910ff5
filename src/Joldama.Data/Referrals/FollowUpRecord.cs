namespace Joldama.Data.Referrals;

/// <summary>§42: one observation of the attachment clinic after treatment (complication, disability, alive at one year, death).</summary>
public sealed class FollowUpRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The follow-up kind, kebab-case ("complication", "disability", "alive-at-one-year", "death").</summary>
    public required string Kind { get; set; }

    public DateOnly On { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public Guid RecordedByUserId { get; set; }
}
