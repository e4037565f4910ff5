using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals;
using Joldama.Domain.Shared;

namespace Joldama.Application.Referrals;

/// <summary>§31–34: the package and the patient's choice are the sender's to change, and only while the case is a draft.</summary>
internal static class Drafts
{
    /// <summary>Why <paramref name="scope"/> may not change the draft (<paramref name="action"/> names the attempt), or null.</summary>
    public static Error? RefuseChange(ReferralCaseRecord record, AccessScope scope, string action) =>
        record.SenderOrganizationId != scope.OrganizationId || !scope.Can(Permission.PrepareReferrals) ? new StepNotPermitted(action)
        : record.State != ReferralState.Draft ? new CaseNotDraft()
        : null;
}
