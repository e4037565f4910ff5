using Joldama.Data;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Web.Api.Referrals;

/// <summary>Organization names in the reader's language (kk or ru), looked up once per answer.</summary>
internal sealed class OrganizationNames(IReadOnlyDictionary<Guid, (string Kk, string Ru)> names)
{
    public static async Task<OrganizationNames> LoadAsync(JoldamaDbContext db, IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        var rows = await db.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id))
            .Select(o => new { o.Id, o.NameKk, o.NameRu }).ToListAsync(cancellationToken);
        return new OrganizationNames(rows.ToDictionary(o => o.Id, o => (o.NameKk, o.NameRu)));
    }

    public string? Of(Guid? id) =>
        id is { } key && names.TryGetValue(key, out var name)
            ? (Localization.Languages.Current == Domain.Catalog.TextLanguage.Kk ? name.Kk : name.Ru)
            : null;

    public OrganizationJson? Json(Guid? id) => id is { } key ? new OrganizationJson(key, Of(key) ?? string.Empty) : null;
}

internal sealed record OrganizationJson(Guid Id, string Name);
