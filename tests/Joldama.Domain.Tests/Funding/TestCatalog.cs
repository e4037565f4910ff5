using Joldama.Domain.Catalog;
using Joldama.Domain.Funding;

namespace Joldama.Domain.Tests.Funding;

/// <summary>
/// A tiny catalog built in code, so that funding tests do not depend on the data files. Its acts
/// carry the real ids and in-force dates; its rows copy the shape of seed 000 (real codes and row
/// numbers where the real list has such a row, and two hypothetical codes where it has none).
/// </summary>
internal sealed class TestCatalog
{
    public const string ListsAct = "dsm-141-2021";
    public const string RulesAct = "dsm-238-2020";
    public const string OsmsAct = "decree-421-2019";

    public const string Seed000 = "000_5886f6e70bfcb133.txt";
    public const string Seed001 = "001_5e2574b563d27392.txt";
    public const string Seed002 = "002_16552dec8c7c33fd.txt";

    /// <summary>Table 1 row 5 only (the real 35.2).</summary>
    public const string Table1Only = "35.2";

    /// <summary>Table 1 row 2 and Table 3 row 44 (the real 39.65).</summary>
    public const string Table1And3 = "39.65";

    /// <summary>Table 1 row 26 (oncology sub-list) and Table 2 row 3 (the real 92.201).</summary>
    public const string OncologyAndTable2 = "92.201";

    /// <summary>Hypothetical: Table 1 row 27 (oncology sub-list), on no other table.</summary>
    public const string OncologyOnly = "92.299";

    /// <summary>Table 2 row 1 only (the real 92.291).</summary>
    public const string Table2Only = "92.291";

    /// <summary>Table 3 row 18 only (the real 35.21).</summary>
    public const string Table3Only = "35.21";

    /// <summary>Hypothetical: an Appendix 2 characteristic, on no list.</summary>
    public const string CharacteristicsOnly = "99.01";

    /// <summary>Neither on a list nor in Appendix 2.</summary>
    public const string Unknown = "99.99";

    /// <summary>ҚР ДСМ-141 is in force from 17.01.2022 (data/law/acts.json).</summary>
    public static readonly DateOnly ListsInForceFrom = new(2022, 1, 17);

    private readonly List<LegalAct> _acts = [];
    private readonly List<HtmcList> _lists = [];
    private readonly List<ListEntry> _entries = [];
    private readonly List<Characteristic> _characteristics = [];
    private readonly List<OsmsScopeItem> _osms = [];

    /// <summary>The standard fixture: three acts, three lists, the rows above and ОСМС items 4.1/4.2.</summary>
    public static HtmcCatalog Standard { get; } = new TestCatalog()
        .Act(OsmsAct, "421", new DateOnly(2020, 1, 1), Seed002)
        .Act(RulesAct, "ҚР ДСМ-238/2020", new DateOnly(2020, 12, 21), Seed001)
        .Act(ListsAct, "ҚР ДСМ-141", ListsInForceFrom, Seed000)
        .List(1, Hospitalization.Emergency, FundingStream.Gobmp)
        .List(2, Hospitalization.Planned, FundingStream.Gobmp, FundingStream.Osms)
        .List(3, Hospitalization.Planned, FundingStream.Osms)
        .Row(1, 2, Table1And3)
        .Row(1, 5, Table1Only)
        .Row(1, 26, OncologyAndTable2, oncologySubList: true)
        .Row(1, 27, OncologyOnly, oncologySubList: true)
        .Row(2, 1, Table2Only)
        .Row(2, 3, OncologyAndTable2)
        .Row(3, 18, Table3Only)
        .Row(3, 44, Table1And3)
        .Characteristic(1, Table1And3)
        .Characteristic(70, CharacteristicsOnly)
        .Osms("4.1", OsmsCoverage.InpatientPlanned, "59-59")
        .Osms("4.2", OsmsCoverage.InpatientEmergency, "61-61")
        .Build();

    public TestCatalog Act(string id, string number, DateOnly? inForceFrom, string seed)
    {
        _acts.Add(new LegalAct(id, number, new BilingualText($"{id} (kk)", $"{id} (ru)"), null, null, inForceFrom, "test", seed));
        return this;
    }

    /// <summary>A table of the list; it belongs to <see cref="ListsAct"/>, which must be added first.</summary>
    public TestCatalog List(int table, Hospitalization hospitalization, params FundingStream[] streams)
    {
        var title = new BilingualText($"{table}-кесте", $"Таблица {table}");
        _lists.Add(new HtmcList(table, title, hospitalization, streams, ActById(ListsAct), new SeedReference(Seed000, $"Table {table}", "1-2")));
        return this;
    }

    public TestCatalog Row(int table, int row, string code, bool oncologySubList = false)
    {
        var list = _lists.Single(l => l.Table == table);
        _entries.Add(new ListEntry(list, row, HtmcCode.From(code), new BilingualText($"{code} атауы", $"Наименование {code}"),
            oncologySubList, new SeedReference(Seed000, $"Table {table}, row {row}", "100-101")));
        return this;
    }

    public TestCatalog Characteristic(int item, string code)
    {
        var empty = new BilingualText("-", "-");
        _characteristics.Add(new Characteristic(item, CharacteristicSection.Basic, HtmcCode.From(code),
            new BilingualText($"{code} атауы", $"Наименование {code}"), empty, [], empty, [], [], ActById(RulesAct),
            new SeedReference(Seed001, $"Appendix 2, item {item}", "500-510")));
        return this;
    }

    public TestCatalog Osms(string item, OsmsCoverage? covers, string lines)
    {
        _osms.Add(new OsmsScopeItem(item, new BilingualText($"{item}-тармақша", $"подпункт {item}"), covers, ActById(OsmsAct),
            new SeedReference(Seed002, $"item {item}", lines)));
        return this;
    }

    public HtmcCatalog Build() => new(_acts.ToArray(), _lists.ToArray(), _entries.ToArray(), _characteristics.ToArray(), [], _osms.ToArray());

    private LegalAct ActById(string id) => _acts.Single(a => a.Id == id);
}
