using Joldama.Domain.Catalog;
using Joldama.Domain.Funding;

namespace Joldama.Application.Law;

/// <summary>
/// Loads the catalog from the law data folder (data/law): acts, the HTMC lists (seed 000), the
/// characteristics of Appendix 2 (seed 001) and the ОСМС scope (seed 002). Any problem stops
/// start-up with a <see cref="LawDataException"/> naming the file and the row.
/// </summary>
public static class CatalogLoader
{
    public const string ListsFile = "dsm-141-2021/htmc-lists.json";
    public const string CharacteristicsFolder = "dsm-238-2020/appendix2";
    public const string OsmsScopeFile = "decree-421/osms-scope.json";
    private const string CharacteristicsAct = "dsm-238-2020";

    public static HtmcCatalog Load(string lawDirectory)
    {
        var acts = LoadActs(Path.Combine(lawDirectory, "acts.json"));
        var (lists, entries) = LoadLists(Path.Combine(lawDirectory, ListsFile), acts);
        var footnotes = LoadFootnotes(Path.Combine(lawDirectory, CharacteristicsFolder, "footnotes.json"));
        var characteristics = LoadCharacteristics(Path.Combine(lawDirectory, CharacteristicsFolder), acts, footnotes);
        var osms = LoadOsmsScope(Path.Combine(lawDirectory, OsmsScopeFile), acts);
        return new HtmcCatalog(acts.Values.ToArray(), lists, entries, characteristics, footnotes, osms);
    }

    private static Dictionary<string, LegalAct> LoadActs(string path)
    {
        var name = Path.GetFileName(path);
        var acts = new Dictionary<string, LegalAct>(StringComparer.Ordinal);
        var dtos = LawJson.Read<List<ActDto>>(path);
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i];
            var row = new RowReader(name, $"act {i + 1} ({dto.Id})");
            var id = row.Text(dto.Id, "id");
            var act = new LegalAct(
                id,
                dto.Number?.Trim() ?? string.Empty,
                row.Bilingual(dto.TitleKk, dto.TitleRu, "title", null),
                row.OptionalDate(dto.AdoptedOn, "adoptedOn"),
                row.OptionalDate(dto.RegisteredOn, "registeredOn"),
                row.OptionalDate(dto.InForceFrom, "inForceFrom"),
                dto.InForceBasis ?? string.Empty,
                row.Text(dto.Seed, "seed"));
            if (!acts.TryAdd(id, act))
            {
                throw row.Fail($"act id '{id}' appears twice");
            }
        }

        return acts;
    }

    private static (List<HtmcList> Lists, List<ListEntry> Entries) LoadLists(string path, Dictionary<string, LegalAct> acts)
    {
        var name = Path.GetFileName(path);
        var file = LawJson.Read<ListsFileDto>(path);
        var head = new RowReader(name, "file");
        var act = acts.GetValueOrDefault(head.Text(file.Act, "act")) ?? throw head.Fail($"act '{file.Act}' is not in acts.json");
        var seed = head.Text(file.Seed, "seed");

        var lists = new List<HtmcList>();
        foreach (var t in file.Tables ?? throw head.Fail("'tables' is missing"))
        {
            var row = new RowReader(name, $"table {t.Table}");
            var streams = (t.Streams ?? throw row.Fail("'streams' is missing")).Select(s => row.Enum<FundingStream>(s, "streams")).ToArray();
            lists.Add(new HtmcList(t.Table, row.Bilingual(t.TitleKk, t.TitleRu, "title", TextLanguage.Kk),
                row.Enum<Hospitalization>(t.Hospitalization, "hospitalization"), streams, act,
                new SeedReference(seed, $"Table {t.Table}", row.Text(t.Lines, "lines"))));
        }

        var entries = new List<ListEntry>();
        foreach (var r in file.Rows ?? throw head.Fail("'rows' is missing"))
        {
            var row = new RowReader(name, $"table {r.Table} row {r.Row}");
            var list = lists.Find(l => l.Table == r.Table) ?? throw row.Fail($"table {r.Table} is not declared in 'tables'");
            if (entries.Exists(e => e.List.Table == r.Table && e.Row == r.Row))
            {
                throw row.Fail("this row appears twice");
            }

            var kkOfficial = r.NameKkSource?.StartsWith("001", StringComparison.Ordinal) == true;
            entries.Add(new ListEntry(list, r.Row, row.Code(r.Code),
                row.Bilingual(r.NameKk, r.NameRu, "name", kkOfficial ? null : TextLanguage.Kk),
                r.OncologySubList, new SeedReference(seed, $"Table {r.Table}, row {r.Row}", row.Text(r.Lines, "lines"))));
        }

        return (lists, entries);
    }

    private static List<CharacteristicFootnote> LoadFootnotes(string path)
    {
        var name = Path.GetFileName(path);
        var seed = "001_5e2574b563d27392.txt";
        return LawJson.Read<Dictionary<string, FootnoteDto>>(path)
            .Select(pair =>
            {
                var row = new RowReader(name, $"footnote '{pair.Key}'");
                var criteria = (pair.Value.Criteria ?? []).Select(c => new FootnoteCriterion(row.Text(c.Kind, "kind"), c.Min, row.Text(c.Unit, "unit"))).ToArray();
                return new CharacteristicFootnote(pair.Key, row.Bilingual(pair.Value.TextKk, pair.Value.TextRu, "text", TextLanguage.Ru), criteria,
                    new SeedReference(seed, $"Appendix 2, footnote {pair.Key}", row.Text(pair.Value.Lines, "lines")));
            })
            .ToList();
    }

    private static List<Characteristic> LoadCharacteristics(string folder, Dictionary<string, LegalAct> acts, List<CharacteristicFootnote> footnotes)
    {
        var act = acts.GetValueOrDefault(CharacteristicsAct) ?? throw new LawDataException("acts.json", "file", $"act '{CharacteristicsAct}' is missing");
        var items = new List<Characteristic>();
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "items-*.json").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            throw new LawDataException(CharacteristicsFolder, "folder", "no items-*.json files");
        }

        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            foreach (var dto in LawJson.Read<List<ItemDto>>(path))
            {
                var row = new RowReader(name, $"item {dto.Item} ({dto.Code})");
                if (items.Exists(i => i.Item == dto.Item))
                {
                    throw row.Fail("this item number appears twice");
                }

                items.Add(CharacteristicMapper.Map(dto, row, act, footnotes));
            }
        }

        return items.OrderBy(i => i.Item).ToList();
    }

    private static List<OsmsScopeItem> LoadOsmsScope(string path, Dictionary<string, LegalAct> acts)
    {
        var name = Path.GetFileName(path);
        var file = LawJson.Read<OsmsFileDto>(path);
        var head = new RowReader(name, "file");
        var act = acts.GetValueOrDefault(head.Text(file.Act, "act")) ?? throw head.Fail($"act '{file.Act}' is not in acts.json");
        var seed = head.Text(file.Seed, "seed");
        var result = new List<OsmsScopeItem>();
        void Add(IEnumerable<OsmsItemDto> dtos)
        {
            foreach (var dto in dtos)
            {
                var row = new RowReader(name, $"item {dto.Item}");
                OsmsCoverage? covers = dto.CoversHtmc is null ? null : row.Enum<OsmsCoverage>(dto.CoversHtmc, "coversHtmc");
                result.Add(new OsmsScopeItem(row.Text(dto.Item, "item"), row.Bilingual(dto.TextKk, dto.TextRu, "text", TextLanguage.Kk), covers, act,
                    new SeedReference(seed, $"item {dto.Item}", dto.Lines ?? "-")));
                Add(dto.Subitems ?? []);
            }
        }

        Add(file.Items ?? throw head.Fail("'items' is missing"));
        return result;
    }
}
