using System.Globalization;
using Joldama.Application.Conformity.Conclusions;
using Joldama.Data.Conformity;
using Joldama.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Pages.Conformity;

/// <summary>A conclusion that a change of staff or devices has just flagged (§29), with the criteria that now fail.</summary>
public sealed record FlaggedConclusion(Guid ConclusionId, string Number, string Code, IReadOnlyList<CriterionState> Failures)
{
    /// <summary>The alerts a change raised, for the page that recorded it: raised at or after <paramref name="since"/> about <paramref name="subject"/>.</summary>
    public static async Task<IReadOnlyList<Guid>> RaisedAsync(
        ConclusionService conclusions, AccessScope scope, DateTimeOffset since, string subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conclusions);
        var raised = await conclusions.VisibleAlerts(scope).Where(a => a.Subject == subject).Select(a => new { a.Id, a.RaisedAt }).ToListAsync(cancellationToken);
        return [.. raised.Where(a => a.RaisedAt >= since).Select(a => a.Id)];
    }

    /// <summary>The alerts named in the page's address (comma-separated ids), within reach, with their conclusions' numbers.</summary>
    public static async Task<IReadOnlyList<FlaggedConclusion>> LoadAsync(
        ConclusionService conclusions, AccessScope scope, string? ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conclusions);
        var wanted = (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Guid.TryParse(s, CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Take(50).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var alerts = await conclusions.VisibleAlerts(scope).Where(a => wanted.Contains(a.Id)).ToListAsync(cancellationToken);
        var conclusionIds = alerts.Select(a => a.ConclusionId).ToList();
        var numbers = await conclusions.Visible(scope).Where(c => conclusionIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        return [.. alerts.OrderBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => new FlaggedConclusion(a.ConclusionId, numbers.GetValueOrDefault(a.ConclusionId) ?? a.Code, a.Code, a.Failures))];
    }

    public static string? Query(IReadOnlyList<Guid> alerts) => alerts.Count == 0 ? null : string.Join(',', alerts);
}
