using System.Globalization;
using System.Text.RegularExpressions;
using Joldama.Domain.Catalog;
using Joldama.Domain.Funding;
using Joldama.Domain.Shared;
using static Joldama.Domain.Tests.Funding.TestCatalog;

namespace Joldama.Domain.Tests.Funding;

/// <summary>
/// Every outcome of <see cref="FundingDecider"/> on the small catalog of <see cref="TestCatalog"/>:
/// each list × insured/uninsured × emergency/planned, with the rule, the stream and the provisions
/// cited (seed 000 table and row; seed 001 §8 for the paid basis; seed 002 item 4.1/4.2 for ОСМС).
/// </summary>
public class FundingDeciderTests
{
    private const Hospitalization E = Hospitalization.Emergency;
    private const Hospitalization P = Hospitalization.Planned;

    // The provisions, as "act place" (Russian place); see Describe.
    private const string Paragraph8 = "dsm-238-2020 п. 8";
    private const string Osms41 = "decree-421-2019 п. 4 пп. 1)";
    private const string Osms42 = "decree-421-2019 п. 4 пп. 2)";

    private static readonly DateOnly Day = new(2026, 3, 2);

    private static readonly FundingDecider Decider = new(Standard);

    /// <summary>
    /// code, form, insured → outcome, stream, rule, basis (provisions joined by "; "), and the
    /// deciding list row "table/row" that the explanation must name.
    /// </summary>
    public static TheoryData<string, Hospitalization, bool, FundingOutcome, FundingStream, string, string, string> Cases { get; } = new()
    {
        // Table 1 only: emergency → ГОБМП for everyone; planned → no list covers it → paid (§8).
        { Table1Only, E, true, FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 5", "1/5" },
        { Table1Only, E, false, FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 5", "1/5" },
        { Table1Only, P, true, FundingOutcome.NotCovered, FundingStream.Paid, "planned-table-1-only", $"dsm-141-2021 Таблица 1, строка 5; {Paragraph8}", "1/5" },
        { Table1Only, P, false, FundingOutcome.NotCovered, FundingStream.Paid, "planned-table-1-only", $"dsm-141-2021 Таблица 1, строка 5; {Paragraph8}", "1/5" },

        // Tables 1 and 3: Table 1 wins in emergency, Table 3 when planned.
        { Table1And3, E, true, FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 2", "1/2" },
        { Table1And3, E, false, FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 2", "1/2" },
        { Table1And3, P, true, FundingOutcome.Covered, FundingStream.Osms, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 44; {Osms41}", "3/44" },
        { Table1And3, P, false, FundingOutcome.NotCovered, FundingStream.Paid, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 44; {Paragraph8}", "3/44" },

        // Oncology sub-list and Table 2: Table 1 in emergency; Table 2 decides planned before the sub-list rule.
        { OncologyAndTable2, E, true, FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 26", "1/26" },
        { OncologyAndTable2, E, false, FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 26", "1/26" },
        { OncologyAndTable2, P, true, FundingOutcome.Covered, FundingStream.Osms, "planned-table-2", $"dsm-141-2021 Таблица 2, строка 3; {Osms41}", "2/3" },
        { OncologyAndTable2, P, false, FundingOutcome.Covered, FundingStream.Gobmp, "planned-table-2", "dsm-141-2021 Таблица 2, строка 3", "2/3" },

        // Oncology sub-list only (hypothetical): consultative-diagnostic ГОБМП care, free in both forms.
        { OncologyOnly, E, true, FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 27", "1/27" },
        { OncologyOnly, E, false, FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 27", "1/27" },
        { OncologyOnly, P, true, FundingOutcome.Covered, FundingStream.Gobmp, "planned-oncology-sub-list", "dsm-141-2021 Таблица 1, строка 27", "1/27" },
        { OncologyOnly, P, false, FundingOutcome.Covered, FundingStream.Gobmp, "planned-oncology-sub-list", "dsm-141-2021 Таблица 1, строка 27", "1/27" },

        // Table 2 only: planned → ОСМС insured / ГОБМП uninsured; emergency is off Table 1 → ОСМС (4.2) or paid (§8).
        { Table2Only, E, true, FundingOutcome.Covered, FundingStream.Osms, "emergency-off-table-1", $"dsm-141-2021 Таблица 2, строка 1; {Osms42}", "2/1" },
        { Table2Only, E, false, FundingOutcome.NotCovered, FundingStream.Paid, "emergency-off-table-1", $"dsm-141-2021 Таблица 2, строка 1; {Paragraph8}", "2/1" },
        { Table2Only, P, true, FundingOutcome.Covered, FundingStream.Osms, "planned-table-2", $"dsm-141-2021 Таблица 2, строка 1; {Osms41}", "2/1" },
        { Table2Only, P, false, FundingOutcome.Covered, FundingStream.Gobmp, "planned-table-2", "dsm-141-2021 Таблица 2, строка 1", "2/1" },

        // Table 3 only: insured → ОСМС (4.1 planned, 4.2 emergency); uninsured → paid (§8).
        { Table3Only, E, true, FundingOutcome.Covered, FundingStream.Osms, "emergency-off-table-1", $"dsm-141-2021 Таблица 3, строка 18; {Osms42}", "3/18" },
        { Table3Only, E, false, FundingOutcome.NotCovered, FundingStream.Paid, "emergency-off-table-1", $"dsm-141-2021 Таблица 3, строка 18; {Paragraph8}", "3/18" },
        { Table3Only, P, true, FundingOutcome.Covered, FundingStream.Osms, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 18; {Osms41}", "3/18" },
        { Table3Only, P, false, FundingOutcome.NotCovered, FundingStream.Paid, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 18; {Paragraph8}", "3/18" },
    };

    private static FundingCase Case(string code, Hospitalization form, bool insured, DateOnly? date = null) =>
        new(HtmcCode.From(code), form, date ?? Day, insured);

    /// <summary>"act place; act place" with the Russian place of each provision, in the order cited.</summary>
    private static string Describe(IEnumerable<LegalBasis> basis) => string.Join("; ", basis.Select(b => $"{b.ActId} {b.Place.Ru}"));

    private static string Rows(IEnumerable<ListEntry> rows) =>
        string.Join(", ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.List.Table}/{r.Row}")));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_ListFormAndInsurance_OutcomeStreamRuleAndBasis(
        string code, Hospitalization form, bool insured, FundingOutcome outcome, FundingStream stream, string rule, string basis, string decidingRow)
    {
        var result = Decider.Decide(Case(code, form, insured));

        Assert.False(result.IsError, result.Error?.Code);
        var decision = result.Value;
        Assert.Equal(Case(code, form, insured), decision.Case);
        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(stream, decision.Stream);
        Assert.Equal(rule, decision.RuleId);
        Assert.Equal(basis, Describe(decision.Basis));
        Assert.Contains(decidingRow, Rows(decision.ListRows).Split(", "));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_ListFormAndInsurance_ListRowBasisCitesSeed000Row(
        string code, Hospitalization form, bool insured, FundingOutcome outcome, FundingStream stream, string rule, string basis, string decidingRow)
    {
        _ = (outcome, stream, rule, basis);
        var decision = Decider.Decide(Case(code, form, insured)).Value;

        var (table, row) = SplitRow(decidingRow);
        var listRow = decision.Basis[0];
        Assert.Equal(ListsAct, listRow.ActId);
        Assert.Equal("ҚР ДСМ-141", listRow.ActNumber);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{table}-кесте, {row}-жол"), listRow.Place.Kk);
        Assert.Equal(new SeedReference(Seed000, string.Create(CultureInfo.InvariantCulture, $"Table {table}, row {row}"), "100-101"), listRow.Source);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_ListFormAndInsurance_ExplanationInBothLanguagesNamesTheDecidingRow(
        string code, Hospitalization form, bool insured, FundingOutcome outcome, FundingStream stream, string rule, string basis, string decidingRow)
    {
        _ = (outcome, stream, rule, basis);
        var explanation = Decider.Decide(Case(code, form, insured)).Value.Explanation;

        var (table, row) = SplitRow(decidingRow);
        Assert.False(string.IsNullOrWhiteSpace(explanation.Kk));
        Assert.False(string.IsNullOrWhiteSpace(explanation.Ru));
        Assert.Null(explanation.Unofficial);
        Assert.Matches(new Regex(string.Create(CultureInfo.InvariantCulture, $@"(?<!\d){row}-жол")), explanation.Kk);
        Assert.Matches(new Regex(string.Create(CultureInfo.InvariantCulture, $@"строка {row}(?!\d)")), explanation.Ru);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{table}-кесте"), explanation.Kk, StringComparison.Ordinal);
        Assert.Matches(new Regex(string.Create(CultureInfo.InvariantCulture, $"таблиц[аеы] {table}(?!\\d)")), explanation.Ru);
    }

    [Theory]
    [InlineData(P, true, "item 4.1", "59-59", "4-тармақ 1) тармақша")]
    [InlineData(E, true, "item 4.2", "61-61", "4-тармақ 2) тармақша")]
    public void Decide_InsuredOsms_CitesDecree421ItemWithItsSeedLines(Hospitalization form, bool insured, string item, string lines, string placeKk)
    {
        var decision = Decider.Decide(Case(Table3Only, form, insured)).Value;

        var osms = Assert.Single(decision.Basis, b => b.ActId == OsmsAct);
        Assert.Equal("421", osms.ActNumber);
        Assert.Equal(placeKk, osms.Place.Kk);
        Assert.Equal(new SeedReference(Seed002, item, lines), osms.Source);
    }

    [Theory]
    [InlineData(Table1Only, P)]
    [InlineData(Table1And3, P)]
    [InlineData(Table2Only, E)]
    [InlineData(Table3Only, E)]
    [InlineData(Table3Only, P)]
    public void Decide_PaidBasis_CitesParagraph8OfRules238(string code, Hospitalization form)
    {
        var decision = Decider.Decide(Case(code, form, insured: false)).Value;

        Assert.Equal(FundingStream.Paid, decision.Stream);
        var paragraph8 = Assert.Single(decision.Basis, b => b.ActId == RulesAct);
        Assert.Equal("ҚР ДСМ-238/2020", paragraph8.ActNumber);
        Assert.Equal("8-тармақ", paragraph8.Place.Kk);
        Assert.Equal("п. 8", paragraph8.Place.Ru);
        Assert.Equal(Seed001, paragraph8.Source?.Seed);
        Assert.Contains("(п. 8)", decision.Explanation.Ru, StringComparison.Ordinal);
        Assert.Contains("(8-тармақ)", decision.Explanation.Kk, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(E, true)]
    [InlineData(E, false)]
    [InlineData(P, true)]
    [InlineData(P, false)]
    public void Decide_CodeOnTables1And3_ListRowsNameBothRows(Hospitalization form, bool insured)
    {
        var decision = Decider.Decide(Case(Table1And3, form, insured)).Value;

        Assert.Equal("1/2, 3/44", Rows(decision.ListRows));
        Assert.Equal(form == E ? "emergency-table-1" : "planned-table-3", decision.RuleId);
    }

    [Theory]
    [InlineData(E, true)]
    [InlineData(E, false)]
    [InlineData(P, true)]
    [InlineData(P, false)]
    public void Decide_CodeOnOncologySubListAndTable2_ListRowsNameBothRows(Hospitalization form, bool insured)
    {
        var decision = Decider.Decide(Case(OncologyAndTable2, form, insured)).Value;

        Assert.Equal("1/26, 2/3", Rows(decision.ListRows));
        Assert.True(decision.ListRows[0].OncologySubList);
        Assert.False(decision.ListRows[1].OncologySubList);
        Assert.Equal(form == E ? "emergency-table-1" : "planned-table-2", decision.RuleId);
    }

    [Fact]
    public void Decide_PlannedUninsuredOnTables1And3_ExplanationDoesNotClaimTable3Only()
    {
        // 39.65 also stands on Table 1 (row 2), and ListRows says so: the text must not say "only in Table 3".
        var explanation = Decider.Decide(Case(Table1And3, P, insured: false)).Value.Explanation;

        Assert.DoesNotContain("только", explanation.Ru, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" тек ", explanation.Kk, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(E, true)]
    [InlineData(E, false)]
    [InlineData(P, true)]
    [InlineData(P, false)]
    public void Decide_KnownCodeOnNoList_NotHtmcWithoutStream(Hospitalization form, bool insured)
    {
        var result = Decider.Decide(Case(CharacteristicsOnly, form, insured));

        Assert.False(result.IsError, result.Error?.Code);
        var decision = result.Value;
        Assert.Equal(FundingOutcome.NotHtmc, decision.Outcome);
        Assert.Null(decision.Stream);
        Assert.Equal("not-on-a-list", decision.RuleId);
        Assert.Empty(decision.Basis);
        Assert.Empty(decision.ListRows);
        Assert.Contains(CharacteristicsOnly, decision.Explanation.Kk, StringComparison.Ordinal);
        Assert.Contains(CharacteristicsOnly, decision.Explanation.Ru, StringComparison.Ordinal);
        Assert.Contains("02.03.2026", decision.Explanation.Ru, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Unknown, E)]
    [InlineData(Unknown, P)]
    [InlineData("35.210", P)] // a longer code is another code, not a prefix match
    [InlineData("35.20", P)]    // "35.2" and "35.20" are different codes as printed
    public void Decide_UnknownCode_CodeUnknownError(string code, Hospitalization form)
    {
        var result = Decider.Decide(Case(code, form, insured: true));

        Assert.True(result.IsError);
        var unknown = Assert.IsType<CodeUnknown>(result.Error);
        Assert.IsAssignableFrom<NotFoundError>(unknown);
        Assert.Equal("catalog.code_unknown", unknown.Code);
        Assert.Equal(code, unknown.Args["code"]);
    }

    [Theory]
    [InlineData(Table1Only, "2022-01-16")] // the day before ҚР ДСМ-141 entered into force
    [InlineData(Table3Only, "2021-12-31")] // the day the order was adopted
    [InlineData(CharacteristicsOnly, "2021-06-01")] // ҚР ДСМ-238/2020 is in force, no list is
    [InlineData(Table2Only, "2019-01-01")]
    public void Decide_DateBeforeListActInForce_NoListInForce(string code, string date)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var result = Decider.Decide(Case(code, P, insured: true, day));

        Assert.True(result.IsError);
        var error = Assert.IsType<NoListInForce>(result.Error);
        Assert.IsAssignableFrom<RuleViolation>(error);
        Assert.Equal("funding.no_list_in_force", error.Code);
        Assert.Equal(date, error.Args["date"]);
    }

    [Fact]
    public void Decide_FirstDayListActInForce_Decides()
    {
        var result = Decider.Decide(Case(Table1Only, E, insured: false, ListsInForceFrom));

        Assert.False(result.IsError, result.Error?.Code);
        Assert.Equal(FundingStream.Gobmp, result.Value.Stream);
    }

    [Fact]
    public void Decide_NullCase_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Decider.Decide(null!));

    [Fact]
    public void RuleOrder_Always_IsTheDocumentedOrder()
    {
        // FundingDecider's summary and README.md: emergency on Table 1; planned on Table 2; planned on
        // the oncology sub-list; planned on Table 3; emergency off Table 1; planned on Table 1 only.
        string[] documented =
        [
            "emergency-table-1",
            "planned-table-2",
            "planned-oncology-sub-list",
            "planned-table-3",
            "emergency-off-table-1",
            "planned-table-1-only",
        ];

        Assert.Equal(documented, FundingDecider.RuleOrder);
    }

    [Fact]
    public void Decide_EveryCaseOfTheMatrix_DecidedByARuleOfRuleOrder()
    {
        foreach (var row in Cases)
        {
            var (code, form, insured) = ((string)row[0], (Hospitalization)row[1], (bool)row[2]);
            Assert.Contains(Decider.Decide(Case(code, form, insured)).Value.RuleId, FundingDecider.RuleOrder);
        }
    }

    private static (int Table, int Row) SplitRow(string decidingRow)
    {
        var parts = decidingRow.Split('/');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
