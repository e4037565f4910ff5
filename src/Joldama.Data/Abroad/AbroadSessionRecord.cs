using Joldama.Domain.Abroad.Cases;

namespace Joldama.Data.Abroad;

/// <summary>A session of the ministry commission (seed 003 lines 222-223): monthly, or extraordinary with its reason.</summary>
public sealed class AbroadSessionRecord
{
    public Guid Id { get; set; }

    public DateOnly Date { get; set; }

    public CommissionSessionKind Kind { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedByUserId { get; set; }
}

/// <summary>A missed step deadline, reported to the party responsible for the step.</summary>
public sealed class AbroadEscalationRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public int Step { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The organization that answers for the step (the sender, the health department, the working body, the ministry).</summary>
    public Guid OrganizationId { get; set; }

    public DateTimeOffset RaisedAt { get; set; }
}
