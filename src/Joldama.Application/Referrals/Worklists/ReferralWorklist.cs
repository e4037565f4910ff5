using Joldama.Application.Audit;
using Joldama.Application.Shared;
using Joldama.Data;
using Joldama.Data.Referrals;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Identifiers;
using Joldama.Domain.Referrals;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Referrals.Worklists;

/// <summary>
/// The worklists of every role (issue 5.6), sorted by the running deadline — overdue first, then due today — and the
/// search by IIN, number, code and state. A page of patients' names is a read of personal data: it is audited.
/// </summary>
public sealed class ReferralWorklist(JoldamaDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The states in which each acting party has something to do.</summary>
    public static IReadOnlyList<ReferralState> OpenFor(Role role) => role switch
    {
        Role.CommissionMember or Role.CommissionSecretary => [ReferralState.SentToCommission, ReferralState.Approved],
        Role.ProviderAdmissionOfficer => [ReferralState.Registered, ReferralState.AcceptedByProvider, ReferralState.PatientInformed, ReferralState.Admitted],
        Role.PrimaryCareClinician => [ReferralState.Draft, ReferralState.AcceptedByProvider, ReferralState.Discharged, ReferralState.FollowUp],
        Role.HospitalPhysician => [ReferralState.Draft],
        _ => [.. Enum.GetValues<ReferralState>()],
    };

    public async Task<Result<IReadOnlyList<WorklistRow>>> SearchAsync(AccessScope scope, ReferralSearch search, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(search);
        var cases = db.ReferralCases.AsNoTracking().Within(scope, db);
        string? iin = null;
        if (!string.IsNullOrWhiteSpace(search.Iin))
        {
            var parsed = Iin.Parse(search.Iin);
            if (parsed.IsError)
            {
                return parsed.Error;
            }

            iin = parsed.Value.Value;
        }

        if (!string.IsNullOrWhiteSpace(search.Number))
        {
            var number = search.Number.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.ReferralNumber == number);
        }

        if (!string.IsNullOrWhiteSpace(search.Code))
        {
            var code = search.Code.Trim();
            cases = cases.Where(c => c.HtmcCode == code);
        }

        if (!string.IsNullOrWhiteSpace(search.State))
        {
            var state = InputEnums.Parse<ReferralState>(search.State, "state");
            if (state.IsError)
            {
                return state.Error;
            }

            cases = cases.Where(c => c.State == state.Value);
        }
        else if (search.Open)
        {
            var open = OpenFor(scope.Role);
            cases = cases.Where(c => open.Contains(c.State));
        }

        if (search.Page is < 1 or > 10_000)
        {
            return new InputInvalid("page", search.Page.ToString(System.Globalization.CultureInfo.InvariantCulture), "1..10000");
        }

        var query = from c in cases
                    join p in db.Patients.AsNoTracking() on c.PatientId equals p.Id
                    where iin == null || p.Iin == iin
                    orderby c.DueOn == null, c.DueOn, c.StateSince
                    select new { c, p.Iin, p.LastName, p.FirstName, p.MiddleName };
        var page = await query.Skip((search.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var today = clock.TodayInKazakhstan();
        await audit.AppendAsync(actor, "referral.search", "referral", "-", iin, AuditOutcome.Allowed, cancellationToken);
        return page.Select(x => new WorklistRow(
            x.c.Id, x.c.ReferralNumber, string.Join(' ', new[] { x.LastName, x.FirstName, x.MiddleName }.Where(n => !string.IsNullOrEmpty(n))), x.Iin,
            x.c.HtmcCode, x.c.State, x.c.StateSince, x.c.Deadline, x.c.DueOn, x.c.DueOn is { } due ? ReferralDeadlines.StateOn(due, today) : null,
            x.c.EscalatedAt != null, x.c.ProviderOrganizationId, x.c.HospitalizationDate, x.c.FundingCovered, x.c.Version)).ToList();
    }

    /// <summary>Open escalations of the caller's organization (or, for the commission, of its department): the missed deadlines.</summary>
    public IQueryable<ReferralEscalationRecord> Escalations(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return db.ReferralEscalations.AsNoTracking().Where(e => e.OrganizationId == scope.OrganizationId && e.AcknowledgedAt == null);
    }
}
