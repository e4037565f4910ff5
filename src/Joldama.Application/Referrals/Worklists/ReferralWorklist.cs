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

        var rows = from c in cases
                   join p in db.Patients.AsNoTracking() on c.PatientId equals p.Id
                   where iin == null || p.Iin == iin
                   select new Found { C = c, Iin = p.Iin, LastName = p.LastName, FirstName = p.FirstName, MiddleName = p.MiddleName };
        var page = iin is null && string.IsNullOrWhiteSpace(search.Number)
            ? await DeadlineFirstAsync(rows, (search.Page - 1) * PageSize, cancellationToken)
            : await rows.OrderBy(x => x.C.DueOn == null).ThenBy(x => x.C.DueOn).ThenBy(x => x.C.StateSince)
                .Skip((search.Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken); // a patient's or a number's cases are few
        var today = clock.TodayInKazakhstan();
        await audit.AppendAsync(actor, "referral.search", "referral", "-", iin, AuditOutcome.Allowed, cancellationToken);
        return page.Select(x => new WorklistRow(
            x.C.Id, x.C.ReferralNumber, string.Join(' ', new[] { x.LastName, x.FirstName, x.MiddleName }.Where(n => !string.IsNullOrEmpty(n))), x.Iin,
            x.C.HtmcCode, x.C.State, x.C.StateSince, x.C.Deadline, x.C.DueOn, x.C.DueOn is { } due ? ReferralDeadlines.StateOn(due, today) : null,
            x.C.EscalatedAt != null, x.C.ProviderOrganizationId, x.C.HospitalizationDate, x.C.FundingCovered, x.C.Version)).ToList();
    }

    /// <summary>
    /// The order of every worklist — running deadlines first by due day, then the rest by the moment their state began —
    /// read as two index range scans (the partial index of running deadlines by region, then the region's cases by that
    /// moment) instead of sorting a region's whole history for each page: at a million cases the sort took most of a second.
    /// </summary>
    private static async Task<List<Found>> DeadlineFirstAsync(IQueryable<Found> rows, int skip, CancellationToken cancellationToken)
    {
        var page = await rows.Where(x => x.C.DueOn != null).OrderBy(x => x.C.DueOn).ThenBy(x => x.C.StateSince)
            .Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
        if (page.Count == PageSize)
        {
            return page;
        }

        // Fewer than a page left with a deadline: the rest of this page comes from those without, after all the former.
        var withDeadline = page.Count > 0 || skip == 0 ? skip + page.Count : await rows.CountAsync(x => x.C.DueOn != null, cancellationToken);
        page.AddRange(await rows.Where(x => x.C.DueOn == null).OrderBy(x => x.C.StateSince)
            .Skip(Math.Max(0, skip - withDeadline)).Take(PageSize - page.Count).ToListAsync(cancellationToken));
        return page;
    }

    // Member-initialized (not a constructor) so that EF can compose filters and orders over it.
    private sealed class Found
    {
        public required ReferralCaseRecord C { get; init; }

        public required string Iin { get; init; }

        public required string LastName { get; init; }

        public required string FirstName { get; init; }

        public string? MiddleName { get; init; }
    }

    /// <summary>Open escalations of the caller's organization (or, for the commission, of its department): the missed deadlines.</summary>
    public IQueryable<ReferralEscalationRecord> Escalations(AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return db.ReferralEscalations.AsNoTracking().Where(e => e.OrganizationId == scope.OrganizationId && e.AcknowledgedAt == null);
    }
}
