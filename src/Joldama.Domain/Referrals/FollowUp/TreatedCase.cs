namespace Joldama.Domain.Referrals.FollowUp;

/// <summary>
/// A referral that reached discharge (§41), with what the attachment clinic recorded since (§42): the input of the
/// annual report. The persistence layer maps its rows to this.
/// </summary>
public sealed record TreatedCase(
    Guid CaseId,
    string HtmcCode,
    Guid ProviderId,
    string ProviderName,
    DateOnly AdmittedOn,
    DateOnly DischargedOn,
    IReadOnlyList<FollowUpEntry> FollowUps);
