using System.Globalization;
using System.Text.RegularExpressions;
using Joldama.Application.Funding;
using Joldama.Application.Law;
using Joldama.Application.Shared;
using Joldama.Domain.Catalog;
using Joldama.Domain.Funding;
using Joldama.Domain.Shared;

namespace Joldama.Application.Tests.Funding;

/// <summary>
/// The funding questions against the real law data (data/law, copied beside the test assembly),
/// asked as the API, the UI and the CLI ask them: strings through <see cref="FundingQuery.Parse"/>.
/// Rows: seed 000 (ҚР ДСМ-141), Table 1 rows 2 (39.65), 5 (35.2), 26 (92.201); Table 2 rows 1
/// (92.291), 3 (92.201); Table 3 rows 4 (00.93), 18 (35.21), 44 (39.65).
/// </summary>
public class FundingOnRealCatalogTests
{
    private const string Seed000 = "000_5886f6e70bfcb133.txt";
    private const string Seed001 = "001_5e2574b563d27392.txt";
    private const string Seed002 = "002_16552dec8c7c33fd.txt";

    private const string Paragraph8 = "dsm-238-2020 п. 8";
    private const string Osms41 = "decree-421-2019 п. 4 пп. 1)";
    private const string Osms42 = "decree-421-2019 п. 4 пп. 2)";

    private static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly LawLibrary Law = LawLibrary.Load(Path.Combine(AppContext.BaseDirectory, "data"));

    /// <summary>code, form, insured → outcome, stream, rule, basis ("act place; …"), deciding row "table/row".</summary>
    public static TheoryData<string, string, string, FundingOutcome, FundingStream, string, string, string> Cases { get; } = new()
    {
        // 39.65 ЭКМО: Table 1 row 2 and Table 3 row 44.
        { "39.65", "emergency", "yes", FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 2", "1/2" },
        { "39.65", "emergency", "no", FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 2", "1/2" },
        { "39.65", "planned", "yes", FundingOutcome.Covered, FundingStream.Osms, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 44; {Osms41}", "3/44" },
        { "39.65", "planned", "no", FundingOutcome.NotCovered, FundingStream.Paid, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 44; {Paragraph8}", "3/44" },

        // 35.2: Table 1 row 5 only. Planned: by the letter, no list covers it → paid (§8).
        { "35.2", "emergency", "yes", FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 5", "1/5" },
        { "35.2", "emergency", "no", FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 5", "1/5" },
        { "35.2", "planned", "yes", FundingOutcome.NotCovered, FundingStream.Paid, "planned-table-1-only", $"dsm-141-2021 Таблица 1, строка 5; {Paragraph8}", "1/5" },
        { "35.2", "planned", "no", FundingOutcome.NotCovered, FundingStream.Paid, "planned-table-1-only", $"dsm-141-2021 Таблица 1, строка 5; {Paragraph8}", "1/5" },

        // 35.21: Table 3 row 18 only.
        { "35.21", "emergency", "yes", FundingOutcome.Covered, FundingStream.Osms, "emergency-off-table-1", $"dsm-141-2021 Таблица 3, строка 18; {Osms42}", "3/18" },
        { "35.21", "emergency", "no", FundingOutcome.NotCovered, FundingStream.Paid, "emergency-off-table-1", $"dsm-141-2021 Таблица 3, строка 18; {Paragraph8}", "3/18" },
        { "35.21", "planned", "yes", FundingOutcome.Covered, FundingStream.Osms, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 18; {Osms41}", "3/18" },
        { "35.21", "planned", "no", FundingOutcome.NotCovered, FundingStream.Paid, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 18; {Paragraph8}", "3/18" },

        // 92.291 radio-iodine: Table 2 row 1 only.
        { "92.291", "planned", "yes", FundingOutcome.Covered, FundingStream.Osms, "planned-table-2", $"dsm-141-2021 Таблица 2, строка 1; {Osms41}", "2/1" },
        { "92.291", "planned", "no", FundingOutcome.Covered, FundingStream.Gobmp, "planned-table-2", "dsm-141-2021 Таблица 2, строка 1", "2/1" },
        { "92.291", "emergency", "yes", FundingOutcome.Covered, FundingStream.Osms, "emergency-off-table-1", $"dsm-141-2021 Таблица 2, строка 1; {Osms42}", "2/1" },
        { "92.291", "emergency", "no", FundingOutcome.NotCovered, FundingStream.Paid, "emergency-off-table-1", $"dsm-141-2021 Таблица 2, строка 1; {Paragraph8}", "2/1" },

        // 92.201 brachytherapy: Table 1 row 26 (oncology sub-list) and Table 2 row 3.
        { "92.201", "planned", "no", FundingOutcome.Covered, FundingStream.Gobmp, "planned-table-2", "dsm-141-2021 Таблица 2, строка 3", "2/3" },
        { "92.201", "planned", "yes", FundingOutcome.Covered, FundingStream.Osms, "planned-table-2", $"dsm-141-2021 Таблица 2, строка 3; {Osms41}", "2/3" },
        { "92.201", "emergency", "no", FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 26", "1/26" },
        { "92.201", "emergency", "yes", FundingOutcome.Covered, FundingStream.Gobmp, "emergency-table-1", "dsm-141-2021 Таблица 1, строка 26", "1/26" },

        // 00.93 organ retrieval from a cadaver: Table 3 row 4 only.
        { "00.93", "emergency", "yes", FundingOutcome.Covered, FundingStream.Osms, "emergency-off-table-1", $"dsm-141-2021 Таблица 3, строка 4; {Osms42}", "3/4" },
        { "00.93", "emergency", "no", FundingOutcome.NotCovered, FundingStream.Paid, "emergency-off-table-1", $"dsm-141-2021 Таблица 3, строка 4; {Paragraph8}", "3/4" },
        { "00.93", "planned", "yes", FundingOutcome.Covered, FundingStream.Osms, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 4; {Osms41}", "3/4" },
        { "00.93", "planned", "no", FundingOutcome.NotCovered, FundingStream.Paid, "planned-table-3", $"dsm-141-2021 Таблица 3, строка 4; {Paragraph8}", "3/4" },
    };

    private static Result<FundingDecision> Ask(string? code, string? form, string? insured, string? date = "2026-03-02") =>
        FundingQuery.Parse(code, form, insured, date, Today).Bind(Law.Funding.Decide);

    private static string Describe(IEnumerable<LegalBasis> basis) => string.Join("; ", basis.Select(b => $"{b.ActId} {b.Place.Ru}"));

    private static string Rows(IEnumerable<ListEntry> rows) =>
        string.Join(", ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.List.Table}/{r.Row}")));

    private static (int Table, int Row) SplitRow(string decidingRow)
    {
        var parts = decidingRow.Split('/');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_RealCode_OutcomeStreamRuleAndBasis(
        string code, string form, string insured, FundingOutcome outcome, FundingStream stream, string rule, string basis, string decidingRow)
    {
        var result = Ask(code, form, insured);

        Assert.False(result.IsError, result.Error?.Code);
        var decision = result.Value;
        Assert.Equal(code, decision.Case.Code.Value);
        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(stream, decision.Stream);
        Assert.Equal(rule, decision.RuleId);
        Assert.Equal(basis, Describe(decision.Basis));
        Assert.Contains(decidingRow, Rows(decision.ListRows).Split(", "));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_RealCode_BasisCitesSeedPlaces(
        string code, string form, string insured, FundingOutcome outcome, FundingStream stream, string rule, string basis, string decidingRow)
    {
        _ = (outcome, stream, rule, basis);
        var decision = Ask(code, form, insured).Value;

        var (table, row) = SplitRow(decidingRow);
        var listRow = decision.Basis[0];
        Assert.Equal("ҚР ДСМ-141", listRow.ActNumber);
        Assert.Equal(Seed000, listRow.Source?.Seed);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Table {table}, row {row}"), listRow.Source?.Place);
        Assert.Matches(@"^\d+-\d+$", listRow.Source?.Lines ?? string.Empty);
        foreach (var provision in decision.Basis.Skip(1))
        {
            switch (provision.ActId)
            {
                case "dsm-238-2020":
                    Assert.Equal("ҚР ДСМ-238/2020", provision.ActNumber);
                    Assert.Equal(Seed001, provision.Source?.Seed);
                    break;
                case "decree-421-2019":
                    Assert.Equal("421", provision.ActNumber);
                    Assert.Equal(Seed002, provision.Source?.Seed);
                    Assert.Equal(form == "planned" ? "item 4.1" : "item 4.2", provision.Source?.Place);
                    Assert.Equal(form == "planned" ? "59-59" : "61-61", provision.Source?.Lines);
                    break;
                default:
                    Assert.Fail($"unexpected provision {provision.ActId}");
                    break;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_RealCode_ExplanationInBothLanguagesNamesTheDecidingRow(
        string code, string form, string insured, FundingOutcome outcome, FundingStream stream, string rule, string basis, string decidingRow)
    {
        _ = (outcome, stream, rule, basis);
        var explanation = Ask(code, form, insured).Value.Explanation;

        var (table, row) = SplitRow(decidingRow);
        Assert.False(string.IsNullOrWhiteSpace(explanation.Kk));
        Assert.False(string.IsNullOrWhiteSpace(explanation.Ru));
        Assert.Matches(new Regex(string.Create(CultureInfo.InvariantCulture, $@"(?<!\d){row}-жол")), explanation.Kk);
        Assert.Matches(new Regex(string.Create(CultureInfo.InvariantCulture, $@"строка {row}(?!\d)")), explanation.Ru);
        Assert.Matches(new Regex(string.Create(CultureInfo.InvariantCulture, $@"таблиц[аеы] {table}(?!\d)")), explanation.Ru);
    }

    [Theory]
    [InlineData("39.65", "1/2, 3/44")]
    [InlineData("92.201", "1/26, 2/3")]
    [InlineData("92.202", "1/27, 2/4")]
    [InlineData("92.247", "1/28, 2/5")]
    [InlineData("92.203", "1/29, 2/6")]
    public void Decide_CodeOnTwoLists_ListRowsNameBoth(string code, string rows)
    {
        foreach (var form in new[] { "emergency", "planned" })
        {
            foreach (var insured in new[] { "yes", "no" })
            {
                Assert.Equal(rows, Rows(Ask(code, form, insured).Value.ListRows));
            }
        }
    }

    [Fact]
    public void Decide_39_65PlannedUninsured_ExplanationDoesNotClaimTable3Only()
    {
        // 39.65 stands on Table 1 row 2 as well as Table 3 row 44: "only in Table 3" would be false.
        var explanation = Ask("39.65", "planned", "no").Value.Explanation;

        Assert.DoesNotContain("только", explanation.Ru, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" тек ", explanation.Kk, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("92.201")]
    [InlineData("92.202")]
    [InlineData("92.247")]
    [InlineData("92.203")]
    public void Decide_OncologySubListCodePlannedUninsured_GobmpByTable2(string code)
    {
        var decision = Ask(code, "planned", "no").Value;

        Assert.Equal(FundingStream.Gobmp, decision.Stream);
        Assert.Equal("planned-table-2", decision.RuleId);
        Assert.True(decision.ListRows[0].OncologySubList);
        Assert.Equal(1, decision.ListRows[0].List.Table);
        Assert.Equal(2, decision.ListRows[1].List.Table);
    }

    [Fact]
    public void Decide_EveryRealListCodeEveryQuestion_DecidedWithAStream()
    {
        // No gap in the rule set: every code on a list gets a stream for every question.
        foreach (var code in Law.Catalog.Entries.Select(e => e.Code.Value).Distinct())
        {
            foreach (var form in new[] { "emergency", "planned" })
            {
                foreach (var insured in new[] { "yes", "no" })
                {
                    var result = Ask(code, form, insured);
                    Assert.False(result.IsError, $"{code} {form} {insured}: {result.Error?.Code}");
                    Assert.NotNull(result.Value.Stream);
                    Assert.Contains(result.Value.RuleId, FundingDecider.RuleOrder);
                }
            }
        }
    }

    [Theory]
    [InlineData("35,21")]
    [InlineData("3521")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("35.21.1")]
    [InlineData("ab.cd")]
    [InlineData("35.12345")]
    [InlineData("\u0663\u0665.\u0662\u0661")]
    public void Parse_MalformedCode_CodeMalformed(string? code)
    {
        var result = FundingQuery.Parse(code, "planned", "yes", "2026-03-02", Today);

        Assert.True(result.IsError);
        var error = Assert.IsType<CodeMalformed>(result.Error);
        Assert.Equal("catalog.code_malformed", error.Code);
        Assert.Equal(code ?? string.Empty, error.Args["code"]);
    }

    [Fact]
    public void Parse_MalformedCodeAndEverythingElseInvalid_CodeReportedFirst()
    {
        var result = FundingQuery.Parse("35,21", "urgent", "maybe", "tomorrow", Today);

        Assert.Equal("catalog.code_malformed", result.Error?.Code);
    }

    [Theory]
    [InlineData("99.99")]
    [InlineData("35.210")]
    public void Decide_WellFormedUnknownCode_CodeUnknown(string code)
    {
        var result = Ask(code, "planned", "yes");

        Assert.True(result.IsError);
        var error = Assert.IsType<CodeUnknown>(result.Error);
        Assert.Equal("catalog.code_unknown", error.Code);
        Assert.Equal(code, error.Args["code"]);
    }

    [Theory]
    [InlineData("urgent", "yes", "2026-03-02", "form")]
    [InlineData("", "yes", "2026-03-02", "form")]
    [InlineData(null, "yes", "2026-03-02", "form")]
    [InlineData("экстренная", "yes", "2026-03-02", "form")]
    [InlineData("plan", "yes", "2026-03-02", "form")]
    [InlineData("planned", "maybe", "2026-03-02", "insured")]
    [InlineData("planned", "", "2026-03-02", "insured")]
    [InlineData("planned", null, "2026-03-02", "insured")]
    [InlineData("planned", "1", "2026-03-02", "insured")]
    [InlineData("planned", "да", "2026-03-02", "insured")]
    [InlineData("planned", "yes", "02.03.2026", "date")]
    [InlineData("planned", "yes", "2026-02-30", "date")]
    [InlineData("planned", "yes", "2026/03/02", "date")]
    [InlineData("planned", "yes", "2026-3-2", "date")]
    [InlineData("planned", "yes", "tomorrow", "date")]
    [InlineData("planned", "yes", "2026-03-02T00:00:00", "date")]
    public void Parse_UnknownFormInsuredOrDate_InputInvalidNamingTheField(string? form, string? insured, string? date, string field)
    {
        var result = FundingQuery.Parse("35.21", form, insured, date, Today);

        Assert.True(result.IsError);
        var error = Assert.IsType<InputInvalid>(result.Error);
        Assert.Equal("input.invalid", error.Code);
        Assert.Equal(field, error.Args["field"]);
        Assert.Equal(field, error.Field);
        var value = field switch { "form" => form, "insured" => insured, _ => date };
        Assert.Equal(value ?? string.Empty, error.Args["value"]);
    }

    [Theory]
    [InlineData("emergency", "yes", Hospitalization.Emergency, true)]
    [InlineData(" Emergency ", "no", Hospitalization.Emergency, false)]
    [InlineData("PLANNED", "YES", Hospitalization.Planned, true)]
    [InlineData("planned", "true", Hospitalization.Planned, true)]
    [InlineData("planned", " False ", Hospitalization.Planned, false)]
    public void Parse_AcceptedSpellings_Case(string form, string insured, Hospitalization expectedForm, bool expectedInsured)
    {
        var result = FundingQuery.Parse(" 35.21 ", form, insured, " 2026-03-02 ", Today);

        Assert.False(result.IsError, result.Error?.Code);
        Assert.Equal(new FundingCase(HtmcCode.From("35.21"), expectedForm, new DateOnly(2026, 3, 2), expectedInsured), result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_AbsentDate_TodayPassedIn(string? date)
    {
        var today = new DateOnly(2025, 7, 15);

        var result = FundingQuery.Parse("39.65", "planned", "yes", date, today);

        Assert.False(result.IsError, result.Error?.Code);
        Assert.Equal(today, result.Value.Date);
        var decision = Law.Funding.Decide(result.Value).Value;
        Assert.Equal(today, decision.Case.Date);
        Assert.Equal("planned-table-3", decision.RuleId);
    }

    [Theory]
    [InlineData("2021-12-31")] // ҚР ДСМ-141 adopted; not in force yet
    [InlineData("2022-01-16")] // the last day before it entered into force
    [InlineData("2020-06-01")]
    public void Decide_DateBeforeListInForce_NoListInForce(string date)
    {
        var result = Ask("39.65", "emergency", "yes", date);

        Assert.True(result.IsError);
        var error = Assert.IsType<NoListInForce>(result.Error);
        Assert.Equal("funding.no_list_in_force", error.Code);
        Assert.Equal(date, error.Args["date"]);
    }

    [Fact]
    public void Decide_FirstDayListInForce_Decides()
    {
        var result = Ask("39.65", "emergency", "yes", "2022-01-17");

        Assert.False(result.IsError, result.Error?.Code);
        Assert.Equal(FundingStream.Gobmp, result.Value.Stream);
    }
}
