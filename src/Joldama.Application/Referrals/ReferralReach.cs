using Joldama.Data;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals;

namespace Joldama.Application.Referrals;

/// <summary>
/// Who sees which referral cases (issue 5: the clinic its patients, the commission its region, the provider those
/// addressed to it, the patient only their own). A draft is the sender's alone; a provider sees a case once it is
/// registered to it (§36, §38).
/// </summary>
public static class ReferralReach
{
    private static readonly ReferralState[] BeforeCommission = [ReferralState.Draft];

    public static IQueryable<ReferralCaseRecord> Within(this IQueryable<ReferralCaseRecord> cases, AccessScope scope, JoldamaDbContext db)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        return scope.Role switch
        {
            Role.PrimaryCareClinician => cases.Where(c => c.SenderOrganizationId == scope.OrganizationId
                || (c.AttachmentOrganizationId == scope.OrganizationId && !BeforeCommission.Contains(c.State))),
            Role.HospitalPhysician => cases.Where(c => c.SenderOrganizationId == scope.OrganizationId),
            Role.CommissionMember or Role.CommissionSecretary or Role.RegionalAnalyst =>
                cases.Where(c => c.RegionCode == scope.RegionCode && !BeforeCommission.Contains(c.State)),
            Role.ProviderAdmissionOfficer => cases.Where(c => c.ProviderOrganizationId == scope.OrganizationId && c.ReferralNumber != null),
            // The patient's id first (one row by the unique IIN), then the cases by the patient index: a semi-join on
            // the IIN made PostgreSQL read every case at a million of them.
            Role.Patient => cases.Where(c => !BeforeCommission.Contains(c.State)
                && c.PatientId == db.Patients.Where(p => p.Iin == scope.PatientIin).Select(p => p.Id).FirstOrDefault()),
            _ => cases.Where(_ => false),
        };
    }

    /// <summary>The kind of party a role acts for in the workflow; null for roles that only read.</summary>
    public static ActorKind? ActorKindOf(Role role) => role switch
    {
        Role.PrimaryCareClinician => ActorKind.AttachmentClinic,
        Role.HospitalPhysician => ActorKind.InpatientFacility,
        Role.CommissionMember or Role.CommissionSecretary => ActorKind.Commission,
        Role.ProviderAdmissionOfficer => ActorKind.Provider,
        _ => null,
    };
}
