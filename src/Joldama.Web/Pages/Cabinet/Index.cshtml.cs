using Joldama.Application.Abroad.Cases;
using Joldama.Application.Law;
using Joldama.Application.Notifications;
using Joldama.Application.Patients;
using Joldama.Application.Referrals.Cases;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Data.Referrals;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Joldama.Web.Pages.Referrals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Pages.Cabinet;

/// <summary>
/// The patient's personal cabinet (§39 ¶2 (3)): their own referrals — state, number, dates, provider, and how to get the
/// referral (§37) — and the messages Joldama left there.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewOwnRecords))]
public sealed class IndexModel(PatientService patients, ReferralCaseService cases, AbroadCaseService abroad, LawLibrary law, JoldamaDbContext db) : PageModel
{
    /// <summary>An abroad case as the patient sees it: the current step in words, the session, the selected clinic.</summary>
    public sealed record AbroadRow(AbroadCaseRecord Case, AbroadStep? Step, DateOnly? SessionDate, string? Clinic);

    public IReadOnlyList<AbroadRow> AbroadCases { get; private set; } = [];

    public IReadOnlyList<ReferralCaseRecord> Referrals { get; private set; } = [];

    public IReadOnlyList<CabinetMessage> Messages { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public string? PatientName { get; private set; }

    public async Task OnGetAsync()
    {
        var scope = User.Scope()!;
        var ct = HttpContext.RequestAborted;
        var patient = await patients.Visible(scope).SingleOrDefaultAsync(ct);
        if (patient is null)
        {
            return; // a patient account without a record yet: nothing to show
        }

        PatientName = patient.FullName;
        Referrals = await cases.Visible(scope).Include(c => c.Transitions).OrderByDescending(c => c.CreatedAt).Take(100).ToListAsync(ct);
        AbroadCases = await AbroadRowsAsync(scope, ct);
        Messages = await Outbox.CabinetAsync(db, patient.Id, cancellationToken: ct);
        Names = await ReferralView.OrganizationNamesAsync(db, Referrals.SelectMany(r => new[] { r.ProviderOrganizationId, r.AttachmentOrganizationId }).OfType<Guid>(), ct);
    }

    /// <summary>Treatment abroad (order No. 544): the patient's own cases.</summary>
    private async Task<List<AbroadRow>> AbroadRowsAsync(AccessScope scope, CancellationToken ct)
    {
        var mine = await abroad.Visible(scope).OrderByDescending(c => c.CreatedAt).Take(50).ToListAsync(ct);
        var sessionIds = mine.Where(c => c.SessionId != null).Select(c => c.SessionId!.Value).ToList();
        var offerIds = mine.Where(c => c.SelectedOfferId != null).Select(c => c.SelectedOfferId!.Value).ToList();
        var sessions = await db.AbroadSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Date, ct);
        var clinics = await db.AbroadOffers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ClinicName, ct);
        return [.. mine.Select(c => new AbroadRow(c, c.Status == AbroadCaseStatus.InProgress ? law.Abroad.Scheme(c.SchemeId).Step(c.CurrentStep) : null,
            c.SessionId is { } s && sessions.TryGetValue(s, out var date) ? date : null,
            c.SelectedOfferId is { } o && clinics.TryGetValue(o, out var clinic) ? clinic : null))];
    }

    public string Name(Guid? organization) => organization is { } o ? Names.GetValueOrDefault(o) ?? "—" : "—";

    /// <summary>§36: the day the referral was registered on the portal, if it was.</summary>
    public static DateTimeOffset? RegisteredAt(ReferralCaseRecord referral) =>
        referral?.Transitions.Where(t => t.Trigger == Domain.Referrals.ReferralTrigger.Register).Select(t => (DateTimeOffset?)t.At).FirstOrDefault();
}
