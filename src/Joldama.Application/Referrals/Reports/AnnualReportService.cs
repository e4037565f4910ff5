using Joldama.Application.Audit;
using Joldama.Application.Law;
using Joldama.Application.Referrals.FollowUps;
using Joldama.Data;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Joldama.Domain.Referrals.FollowUp;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Application.Referrals.Reports;

/// <summary>
/// §42: the annual report to the regional health department — per code and provider, the cases discharged in the year
/// with their complications, disability, one-year survival and mortality — built from the cases within the caller's reach.
/// </summary>
public sealed class AnnualReportService(JoldamaDbContext db, LawLibrary law, AuditLog audit, TimeProvider clock)
{
    public sealed record Built(AnnualReport Report, ReportDuePeriod Due);

    public async Task<Built> BuildAsync(AccessScope scope, int year, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var discharged = await (from c in db.ReferralCases.AsNoTracking().Within(scope, db)
                                where c.DischargedOn >= first && c.DischargedOn <= last && c.ProviderOrganizationId != null && c.AdmittedAt != null
                                join o in db.Organizations.AsNoTracking() on c.ProviderOrganizationId equals o.Id
                                select new { c.Id, c.HtmcCode, ProviderId = o.Id, o.NameKk, o.NameRu, c.AdmittedAt, c.DischargedOn })
            .ToListAsync(cancellationToken);
        var ids = discharged.Select(c => c.Id).ToList();
        var followUps = (await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.CaseId)).ToListAsync(cancellationToken))
            .ToLookup(f => f.CaseId);
        var kazakh = Localization.UiLanguage.IsKazakh;
        var cases = discharged.Select(c => new TreatedCase(
            c.Id, c.HtmcCode, c.ProviderId, kazakh ? c.NameKk : c.NameRu, KazakhstanTime.ToKazakhstanDate(c.AdmittedAt!.Value), c.DischargedOn!.Value,
            [.. followUps[c.Id].Select(FollowUpService.ToEntry)]));
        await audit.AppendAsync(actor, "referral.annual_report", "report", year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, AuditOutcome.Allowed, cancellationToken);
        return new Built(AnnualReport.Build(cases, year, clock.TodayInKazakhstan()), AnnualReport.DueBy(year, law.Referrals));
    }
}
