using Joldama.Application.Abroad.Cases;
using Joldama.Application.Notifications;
using Joldama.Application.Patients;
using Joldama.Application.Referrals.Cases;
using Joldama.Data;
using Joldama.Data.Referrals;
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
public sealed class IndexModel(PatientService patients, ReferralCaseService cases, AbroadCaseService abroad, JoldamaDbContext db) : PageModel
{
    public IReadOnlyList<AbroadCabinetRow> AbroadCases { get; private set; } = [];

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
        AbroadCases = await abroad.CabinetAsync(scope, HttpContext.Actor(), ct);
        Messages = await Outbox.CabinetAsync(db, patient.Id, cancellationToken: ct);
        Names = await ReferralView.OrganizationNamesAsync(db, Referrals.SelectMany(r => new[] { r.ProviderOrganizationId, r.AttachmentOrganizationId }).OfType<Guid>(), ct);
    }

    public string Name(Guid? organization) => organization is { } o ? Names.GetValueOrDefault(o) ?? "—" : "—";

    /// <summary>§36: the day the referral was registered on the portal, if it was.</summary>
    public static DateTimeOffset? RegisteredAt(ReferralCaseRecord referral) =>
        referral?.Transitions.Where(t => t.Trigger == Domain.Referrals.ReferralTrigger.Register).Select(t => (DateTimeOffset?)t.At).FirstOrDefault();
}
