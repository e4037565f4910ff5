using Joldama.Application.Conformity.Evaluation;
using Joldama.Application.Law;
using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using Joldama.Domain.Shared;

namespace Joldama.Application.Tests.Conformity;

/// <summary>
/// The evaluation request (docs/conformity-evaluate.md) read from JSON and checked against the real catalog
/// (data/law, seed 001 Appendix 2): what it becomes when valid, and every problem at once, each with its path,
/// when not. The provider is item 21, 35.05 «Эндоваскулярная замена аортального клапана».
/// </summary>
public class EvaluationRequestTests
{
    private static readonly LawLibrary Law = LawLibrary.Load(Path.Combine(AppContext.BaseDirectory, "data"));
    private static readonly DateOnly Today = new(2026, 3, 2);

    private const string Cardiologist = """
        {
          "id": "kc-017", "name": "Серік Ахметов",
          "certificates": [ { "specialty": "Кардиология (интервенционная кардиология) (взрослая)", "number": "KZ-1", "validFrom": "2022-03-01", "validTo": "2027-02-28" } ],
          "experience": [ { "years": 9, "scope": "specialty", "where": "по специальности" } ],
          "education": [ { "hours": 108, "topic": "повышение квалификации по специальности", "completedOn": "2023-11-24" } ],
          "conditions": [ { "kind": "radiation-permit", "text": "Разрешение", "validFrom": "2024-01-15", "validTo": "2029-01-14" } ]
        }
        """;

    private const string Devices = """
        [
          { "type": "Ангиографическая установка с системой гемодинамики", "count": 1 },
          { "type": "Наркозно-дыхательный аппарат" },
          { "type": "Бифаздық дефибрилятор", "count": 2 },
          { "type": "Бифазный дефибриллятор", "count": 1, "outOfOrderSince": "2026-09-20" },
          { "type": "Аппарат искусственного кровообращения", "count": 1 }
        ]
        """;

    private static readonly string Valid = $$"""
        { "on": "2026-10-01", "codes": ["35.05"], "specialists": [ {{Cardiologist}} ], "devices": {{Devices}}, "organization": null }
        """;

    private static Result<EvaluationInput> Parse(string json) =>
        EvaluationRequestJson.Read(json).Bind(r => EvaluationRequestParser.Parse(r, Law.Catalog, Today));

    private static IReadOnlyList<EvaluationProblem> Problems(string json)
    {
        var parsed = Parse(json);
        Assert.True(parsed.IsError, "the request was accepted");
        return Assert.IsType<EvaluationRequestInvalid>(parsed.Error).Problems;
    }

    /// <summary>The valid request with one text replaced: one mistake at a time.</summary>
    private static string ValidWith(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValidRequest_DomainObjects()
    {
        var input = Parse(Valid).Value;

        Assert.Equal(new DateOnly(2026, 10, 1), input.On);
        Assert.Equal(21, Assert.Single(input.Characteristics).Item);
        var specialist = Assert.Single(input.Resources.Specialists);
        Assert.Equal(("kc-017", "Серік Ахметов"), (specialist.PersonId, specialist.Name));
        Assert.Equal(new SpecialtyCertificate("Кардиология (интервенционная кардиология) (взрослая)", "KZ-1", new(2022, 3, 1), new(2027, 2, 28)), Assert.Single(specialist.Certificates));
        Assert.Equal(new ExperienceEntry(9, ExperienceScope.Specialty, "по специальности"), Assert.Single(specialist.Experience));
        Assert.Equal(new EducationRecord(108, "повышение квалификации по специальности", new(2023, 11, 24)), Assert.Single(specialist.Education));
        Assert.Equal(new HeldCondition(ConditionKind.RadiationPermit, "Разрешение", new(2024, 1, 15), new(2029, 1, 14)), Assert.Single(specialist.Conditions));
        Assert.Equal(5, input.Resources.Devices.Count);
        Assert.Equal(new ProviderDevice("Наркозно-дыхательный аппарат", 1, null), input.Resources.Devices[1]); // count absent: 1
        Assert.Equal(new DateOnly(2026, 9, 20), input.Resources.Devices[3].OutOfOrderSince);
        Assert.Null(input.Resources.Organization);
    }

    [Fact]
    public void Parse_NoDate_Today()
    {
        var input = Parse(ValidWith("\"on\": \"2026-10-01\",", string.Empty)).Value;

        Assert.Equal(Today, input.On);
    }

    [Fact]
    public void Parse_NoCodes_EveryCharacteristicInForceByItem()
    {
        var none = Parse(ValidWith("\"codes\": [\"35.05\"],", string.Empty)).Value;
        var empty = Parse(ValidWith("[\"35.05\"]", "[]")).Value;

        Assert.Equal(Enumerable.Range(1, 78), none.Characteristics.Select(c => c.Item));
        Assert.Equal(78, empty.Characteristics.Count);
    }

    [Fact]
    public void Parse_CodeTwiceAndOthers_EachOnceInTheOrderAsked()
    {
        var input = Parse(ValidWith("[\"35.05\"]", "[\"92.201\", \"35.05\", \" 92.201 \"]")).Value;

        Assert.Equal(["92.201", "35.05"], input.Characteristics.Select(c => c.Code.Value));
    }

    [Fact]
    public void Parse_PeriodsOfOneDay_Accepted()
    {
        var json = ValidWith("\"validFrom\": \"2022-03-01\", \"validTo\": \"2027-02-28\"", "\"validFrom\": \"2026-10-01\", \"validTo\": \"2026-10-01\"")
            .Replace("\"validFrom\": \"2024-01-15\"", "\"validFrom\": \"2029-01-14\"", StringComparison.Ordinal);

        Assert.False(Parse(json).IsError);
    }

    [Fact]
    public void Parse_OrganizationFigures_Read()
    {
        var json = ValidWith("\"organization\": null", "\"organization\": { \"yearsInIvf\": 4.5, \"cyclesPerYear\": 320, \"pregnancyRatePercent\": 35.2, \"birthRatePercent\": 100 }");

        Assert.Equal(new OrganizationFacts(4.5m, 320, 35.2m, 100), Parse(json).Value.Resources.Organization);
    }

    /// <summary>One mistake → exactly one problem: its path, its error code, and a word of what was expected.</summary>
    public static TheoryData<string, string, string, string, string> Mistakes { get; } = new()
    {
        { "\"on\": \"2026-10-01\"", "\"on\": \"01.10.2026\"", "on", "input.invalid", "YYYY-MM-DD" },
        { "\"on\": \"2026-10-01\"", "\"on\": \"2019-06-01\"", "codes[0]", "conformity.code_without_characteristic", "2019-06-01" },
        { "[\"35.05\"]", "[\"99.99\"]", "codes[0]", "catalog.code_unknown", "99.99" },
        { "[\"35.05\"]", "[\"35,05\"]", "codes[0]", "catalog.code_malformed", "35,05" },
        { "[\"35.05\"]", "[\"35.05\", null]", "codes[1]", "catalog.code_malformed", string.Empty },
        { "[\"35.05\"]", "[\"35.2\"]", "codes[0]", "conformity.code_without_characteristic", "35.2" },
        { "\"name\": \"Серік Ахметов\"", "\"name\": \"  \"", "specialists[0].name", "input.invalid", "name" },
        { "\"name\": \"Серік Ахметов\",", string.Empty, "specialists[0].name", "input.invalid", "name" },
        { "\"specialty\": \"Кардиология (интервенционная кардиология) (взрослая)\",", string.Empty, "specialists[0].certificates[0].specialty", "input.invalid", "specialty" },
        { "\"validFrom\": \"2022-03-01\"", "\"validFrom\": \"2022-02-30\"", "specialists[0].certificates[0].validFrom", "input.invalid", "YYYY-MM-DD" },
        { ", \"validTo\": \"2027-02-28\"", string.Empty, "specialists[0].certificates[0].validTo", "input.invalid", "YYYY-MM-DD" },
        { "\"validTo\": \"2027-02-28\"", "\"validTo\": \"2022-02-28\"", "specialists[0].certificates[0].validTo", "input.invalid", "on or after 2022-03-01" },
        { "\"years\": 9", "\"years\": -1", "specialists[0].experience[0].years", "input.invalid", "≥ 0" },
        { "\"years\": 9, ", string.Empty, "specialists[0].experience[0].years", "input.invalid", "≥ 0" },
        { "\"scope\": \"specialty\"", "\"scope\": \"ward\"", "specialists[0].experience[0].scope", "input.invalid", "specialty|department|field|overall" },
        { "\"hours\": 108", "\"hours\": -108", "specialists[0].education[0].hours", "input.invalid", "≥ 0" },
        { "\"completedOn\": \"2023-11-24\"", "\"completedOn\": \"last year\"", "specialists[0].education[0].completedOn", "input.invalid", "YYYY-MM-DD" },
        { "\"kind\": \"radiation-permit\"", "\"kind\": \"licence\"", "specialists[0].conditions[0].kind", "input.invalid", "radiation-permit|training|other" },
        { "\"validTo\": \"2029-01-14\"", "\"validTo\": \"2024-01-14\"", "specialists[0].conditions[0].validTo", "input.invalid", "on or after 2024-01-15" },
        { "\"validFrom\": \"2024-01-15\"", "\"validFrom\": \"15.01.2024\"", "specialists[0].conditions[0].validFrom", "input.invalid", "YYYY-MM-DD" },
        { "гемодинамики\", \"count\": 1", "гемодинамики\", \"count\": -1", "devices[0].count", "input.invalid", "≥ 0" },
        { "\"type\": \"Аппарат искусственного кровообращения\"", "\"type\": \"\"", "devices[4].type", "input.invalid", "device type" },
        { "\"outOfOrderSince\": \"2026-09-20\"", "\"outOfOrderSince\": \"since May\"", "devices[3].outOfOrderSince", "input.invalid", "YYYY-MM-DD" },
        { "\"organization\": null", "\"organization\": { \"yearsInIvf\": -3, \"cyclesPerYear\": 300, \"pregnancyRatePercent\": 33, \"birthRatePercent\": 25 }", "organization.yearsInIvf", "input.invalid", "≥ 0" },
        { "\"organization\": null", "\"organization\": { \"yearsInIvf\": 3, \"cyclesPerYear\": 300, \"pregnancyRatePercent\": 133, \"birthRatePercent\": 25 }", "organization.pregnancyRatePercent", "input.invalid", "0 to 100" },
        { "\"organization\": null", "\"organization\": { \"yearsInIvf\": 3, \"cyclesPerYear\": 300, \"pregnancyRatePercent\": 33 }", "organization.birthRatePercent", "input.invalid", "0 to 100" },
        { "\"specialists\": [ ", "\"specialists\": [ null, ", "specialists[0]", "input.invalid", "an object" },
        { "\"certificates\"", "\"certficates\"", "specialists[0].certficates", "input.invalid", "only the properties" },
        { "\"hours\": 108", "\"hours\": 10.5", "specialists[0].education[0].hours", "input.invalid", "whole number" },
        { "\"codes\": [\"35.05\"],", "\"codes\": [\"35.05\"]", "$", "input.invalid", "valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Parse_OneMistake_OneProblemWithPathAndCode(string find, string replace, string path, string code, string expected)
    {
        var problem = Assert.Single(Problems(ValidWith(find, replace)));

        Assert.Equal(path, problem.Path);
        Assert.Equal(code, problem.Error.Code);
        Assert.Contains(expected, problem.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ManyMistakes_EveryProblemAtOnceInDocumentOrder()
    {
        const string json = """
            {
              "on": "2026-10-01",
              "codes": ["35.05", "99.99", "35,05"],
              "specialists": [
                { "name": "", "certificates": [ { "specialty": "X", "validFrom": "2025-01-01", "validTo": "2024-01-01" } ],
                  "experience": [ { "years": -1, "scope": "ward" } ],
                  "education": [ { "hours": -5, "topic": "t", "completedOn": "yesterday" } ],
                  "conditions": [ { "kind": "licence" } ] },
                { "name": "Б" }
              ],
              "devices": [ { "type": " ", "count": -2 } ],
              "organization": { "yearsInIvf": 3, "cyclesPerYear": -300, "pregnancyRatePercent": 33, "birthRatePercent": 25 }
            }
            """;

        var problems = Problems(json);

        Assert.Equal(
            [
                "codes[1]", "codes[2]", "specialists[0].name", "specialists[0].certificates[0].validTo",
                "specialists[0].experience[0].years", "specialists[0].experience[0].scope",
                "specialists[0].education[0].hours", "specialists[0].education[0].completedOn",
                "specialists[0].conditions[0].kind", "devices[0].type", "devices[0].count", "organization.cyclesPerYear",
            ],
            problems.Select(p => p.Path));
        Assert.Equal("catalog.code_unknown", problems[0].Error.Code);
        Assert.Equal("catalog.code_malformed", problems[1].Error.Code);
        Assert.All(problems.Skip(2), p => Assert.Equal("input.invalid", p.Error.Code));
    }

    [Fact]
    public void Parse_RefusedRequest_OneValidationErrorCountingTheProblems()
    {
        var error = Parse(ValidWith("\"on\": \"2026-10-01\"", "\"on\": \"2026-02-30\"").Replace("\"hours\": 108", "\"hours\": -1", StringComparison.Ordinal)).Error;

        var invalid = Assert.IsType<EvaluationRequestInvalid>(error);
        Assert.Equal("conformity.request_invalid", invalid.Code);
        Assert.Equal("2", invalid.Args["count"]);
        Assert.IsAssignableFrom<ValidationError>(invalid);
    }

    [Fact]
    public void Parse_DateBeforeAppendix2AndNoCodes_ProblemOnTheDate()
    {
        var problem = Assert.Single(Problems(ValidWith("\"on\": \"2026-10-01\", \"codes\": [\"35.05\"]", "\"on\": \"2019-06-01\"")));

        Assert.Equal("on", problem.Path);
        Assert.Contains("2020-12-21", problem.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("")]
    public void Read_NotAnObject_OneProblemAtTheRoot(string json)
    {
        var problem = Assert.Single(Problems(json));

        Assert.Equal("input.invalid", problem.Error.Code);
    }

    [Fact]
    public void Evaluate_ConformingProvider_EveryFindingMet()
    {
        var service = new ConformityEvaluationService(Law.Catalog);

        var result = EvaluationRequestJson.Read(Valid).Bind(r => service.Evaluate(r, Today)).Value;

        Assert.True(result.Conforms);
        var code = Assert.Single(result.Codes);
        Assert.Equal(("35.05", 21, true), (code.Code, code.Item, code.Conforms));
        Assert.Equal("Эндоваскулярная замена аортального клапана", code.Name.Ru);
        Assert.Equal(["staff", "device", "device", "device", "device"], code.Findings.Select(f => f.Kind));
        Assert.All(code.Findings, f => Assert.True(f.Met, f.Reason));
        Assert.Contains("has 2 working; out of order: 1 since 2026-09-20", code.Findings[3].Reason, StringComparison.Ordinal);
    }
}
