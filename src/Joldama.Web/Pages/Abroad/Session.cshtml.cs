using Joldama.Application;
using Joldama.Application.Abroad.Sessions;
using Joldama.Application.Law;
using Joldama.Application.Localization;
using Joldama.Data.Abroad;
using Joldama.Domain.Abroad;
using Joldama.Domain.Access;
using Joldama.Web.Access;
using Joldama.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Joldama.Web.Pages.Abroad;

/// <summary>A session's agenda, printable: the cases with patient, diagnosis, disease of the list and the offers compared. Country reach only (else 404).</summary>
[Authorize(Policy = nameof(Permission.ViewAbroadSessions))]
public sealed class SessionModel(AbroadSessionService sessions, LawLibrary law, IStringLocalizer<SharedResource> text) : PageModel
{
    public AbroadSessionRecord? Session { get; private set; }

    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var agenda = await sessions.AgendaAsync(User.Scope()!, id, HttpContext.Actor(), HttpContext.RequestAborted);
        if (agenda.IsError)
        {
            Problem = text.Describe(agenda.Error);
            return new PageResult { StatusCode = ErrorResults.StatusOf(agenda.Error) };
        }

        (Session, var items) = agenda.Value;
        Items = items;
        return Page();
    }

    public AbroadIndication? Indication(string? id) => id is null ? null : law.Abroad.Indication(id);
}
