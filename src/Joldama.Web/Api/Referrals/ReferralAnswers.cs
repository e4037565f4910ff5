using Joldama.Application;
using Joldama.Data;
using Joldama.Data.Referrals;
using Joldama.Domain.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Api.Referrals;

/// <summary>
/// Builds the answer for a case the caller may see (the service has checked reach and audited the read or the change):
/// its transitions and documents as stored now, the patient, the names; the version goes out as the ETag.
/// </summary>
internal static class ReferralAnswers
{
    public static async Task<ReferralJson> JsonAsync(ReferralCaseRecord record, HttpContext context)
    {
        var services = context.RequestServices;
        var db = services.GetRequiredService<JoldamaDbContext>();
        var cancel = context.RequestAborted;
        var transitions = await db.ReferralTransitions.AsNoTracking().Where(t => t.CaseId == record.Id).ToListAsync(cancel);
        var documents = await db.ReferralDocuments.AsNoTracking().Where(d => d.CaseId == record.Id).ToListAsync(cancel);
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == record.PatientId, cancel);
        var names = await OrganizationNames.LoadAsync(db, [record.SenderOrganizationId, record.ProviderOrganizationId, .. record.OfferedProviderIds.Select(id => (Guid?)id)], cancel);
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var today = services.GetRequiredService<TimeProvider>().TodayInKazakhstan();
        context.Response.Headers.ETag = ETags.Of(record.Version);
        return ReferralJson.From(record, patient, documents, transitions, names, today, text);
    }
}
