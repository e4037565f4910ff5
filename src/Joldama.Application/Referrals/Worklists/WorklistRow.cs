using Joldama.Domain.Referrals;

namespace Joldama.Application.Referrals.Worklists;

/// <summary>One line of a worklist: the case, its patient, the running deadline and whether it is due today or overdue.</summary>
public sealed record WorklistRow(
    Guid Id,
    string? ReferralNumber,
    string PatientName,
    string PatientIin,
    string HtmcCode,
    ReferralState State,
    DateTimeOffset StateSince,
    ReferralDeadline? Deadline,
    DateOnly? DueOn,
    DueState? Due,
    bool Escalated,
    Guid? ProviderId,
    DateOnly? HospitalizationDate,
    bool FundingCovered,
    int Version);
