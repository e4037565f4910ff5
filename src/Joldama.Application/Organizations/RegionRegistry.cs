using System.Collections.Frozen;
using Joldama.Application.Law;
using Joldama.Domain.Organizations;

namespace Joldama.Application.Organizations;

/// <summary>Kazakhstan's regions (data/registry/regions.json), loaded once at start.</summary>
public sealed class RegionRegistry
{
    private readonly FrozenDictionary<string, Region> _byCode;

    public RegionRegistry(IEnumerable<Region> regions)
    {
        All = regions.ToArray();
        _byCode = All.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Region> All { get; }

    public Region? Find(string? code) => code is not null && _byCode.TryGetValue(code.Trim(), out var region) ? region : null;

    public static RegionRegistry Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "registry", "regions.json");
        var file = LawJson.Read<RegionsFileDto>(path);
        var regions = new List<Region>();
        foreach (var (dto, index) in (file.Regions ?? throw new LawDataException("regions.json", "file", "'regions' is missing")).Select((r, i) => (r, i)))
        {
            var row = new RowReader("regions.json", $"region {index + 1} ({dto.Code})");
            var kind = dto.Kind == "city" ? RegionKind.CityOfRepublicanSignificance : row.Enum<RegionKind>(dto.Kind, "kind");
            var region = new Region(row.Text(dto.Code, "code"), row.Bilingual(dto.NameKk, dto.NameRu, "name", null), kind, row.Text(dto.Basis, "basis"));
            if (regions.Exists(r => r.Code == region.Code))
            {
                throw row.Fail("this code appears twice");
            }

            regions.Add(region);
        }

        return new RegionRegistry(regions);
    }
}

internal sealed record RegionsFileDto(List<RegionDto>? Regions);

internal sealed record RegionDto(string? Code, string? NameKk, string? NameRu, string? Kind, string? Basis);
