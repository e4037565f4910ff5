using Joldama.Application.Abroad.Cases;
using Joldama.Application.Law;
using Joldama.Data;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Abroad.Cases;
using Joldama.Domain.Access;
using Joldama.Domain.Shared;
using Joldama.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Pages.Abroad;

/// <summary>
/// The abroad cases within the caller's reach (the clinic its own, the health department its region's, the working body,
/// chief specialists and the commission all): open cases overdue first, then by the running step's due date, then the
/// closed ones; each with its current step in the scheme's words.
/// </summary>
[Authorize(Policy = nameof(Permission.ViewAbroadCases))]
public sealed class IndexModel(AbroadCaseService cases, JoldamaDbContext db, LawLibrary law, TimeProvider clock) : PageModel
{
    public sealed record Row(AbroadCaseRecord Case, string PatientName, string PatientIin, AbroadStep? Step);

    /// <summary>"open" (default) or "all".</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public DateOnly Today { get; } = clock.TodayInKazakhstan();

    public bool CanCreate => User.Scope()?.Can(Permission.PrepareAbroadCases) == true;

    public bool CanSeeSessions => User.Scope()?.Reach == RoleReach.Country;

    public async Task OnGetAsync()
    {
        Show = Show == "all" ? "all" : "open";
        var visible = cases.Visible(User.Scope()!);
        if (Show == "open")
        {
            visible = visible.Where(c => c.Status == AbroadCaseStatus.InProgress);
        }

        var found = await (from c in visible
                           join p in db.Patients.AsNoTracking() on c.PatientId equals p.Id
                           orderby c.CreatedAt descending
                           select new { Case = c, p.LastName, p.FirstName, p.MiddleName, p.Iin }).Take(500).ToListAsync(HttpContext.RequestAborted);
        Rows = [.. found
            .Select(f => new Row(f.Case, string.Join(' ', new[] { f.LastName, f.FirstName, f.MiddleName }.Where(n => !string.IsNullOrWhiteSpace(n))), f.Iin,
                f.Case.Status == AbroadCaseStatus.InProgress ? law.Abroad.Scheme(f.Case.SchemeId).Step(f.Case.CurrentStep) : null))
            .OrderBy(r => r.Case.Status != AbroadCaseStatus.InProgress)
            .ThenBy(r => !AbroadView.Overdue(r.Case.DueOn, Today))
            .ThenBy(r => r.Case.DueOn is null)
            .ThenBy(r => r.Case.DueOn)
            .ThenByDescending(r => r.Case.CreatedAt)];
    }
}
