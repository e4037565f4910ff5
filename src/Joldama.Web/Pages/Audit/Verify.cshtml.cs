using Joldama.Application.Audit;
using Joldama.Domain.Access;
using Joldama.Domain.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Joldama.Web.Pages.Audit;

/// <summary>Recomputes the audit log's hash chain (<see cref="AuditLog.VerifyAsync"/>): intact, or the first broken record.</summary>
[Authorize(Policy = nameof(Permission.VerifyAudit))]
public sealed class VerifyModel(AuditLog audit) : PageModel
{
    public AuditVerification? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync() => Result = await audit.VerifyAsync(HttpContext.RequestAborted);
}
