using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using static Joldama.Domain.Tests.Conformity.Fixtures;

namespace Joldama.Domain.Tests.Conformity;

/// <summary>Staff requirements of seed 001 Appendix 2: certificates, experience, education, permits.</summary>
public class StaffConformityTests
{
    private static readonly BilingualText Surgery = Text("Жалпы хирургия (трансплантология)", "Общая хирургия (трансплантология)");
    private static readonly BilingualText Adults = Text("Нейрохирургия (ересектер)", "Нейрохирургия (взрослая)");
    private static readonly BilingualText Children = Text("Нейрохирургия (балалар)", "Нейрохирургия (детская)");

    private static CriterionFinding Single(StaffRequirement requirement, params Specialist[] specialists) =>
        Assert.Single(Evaluate(Characteristic(staff: [requirement]), Resources(specialists)).Findings);

    [Theory]
    [InlineData("Нейрохирургия (ересектер)")]
    [InlineData("Нейрохирургия (детская)")]
    [InlineData("  нейрохирургия   (ДЕТСКАЯ) ")]
    public void Evaluate_EitherAlternativeSpecialty_Met(string specialty)
    {
        var finding = Single(Staff(1, [Adults, Children]), Specialist("Aibek", [Certificate(specialty)]));

        Assert.True(finding.Met, finding.Reason);
        Assert.Equal(CriterionKind.Staff, finding.Kind);
        Assert.Equal("conformity.staff", finding.Code);
    }

    [Fact]
    public void Evaluate_OtherSpecialty_NotMet()
    {
        var finding = Single(Staff(1, [Adults, Children]), Specialist("Aibek", [Certificate("Кардиология")]));

        Assert.False(finding.Met);
        Assert.Equal("0", finding.Args["present"]);
    }

    [Fact]
    public void Evaluate_OneOfTwoSpecialists_NotMetAndReasonNamesTheOne()
    {
        var finding = Single(Staff(2, [Surgery]), Specialist("Aigerim Sultanova", [Certificate("Общая хирургия (трансплантология)")]));

        Assert.False(finding.Met);
        Assert.Equal(
            "needs 2 specialists with a valid certificate in one of: Жалпы хирургия (трансплантология) / Общая хирургия (трансплантология); has 1: Aigerim Sultanova",
            finding.Reason);
        Assert.Equal("2", finding.Args["required"]);
        Assert.Equal("1", finding.Args["present"]);
        Assert.Equal("Aigerim Sultanova", finding.Args["counted"]);
        Assert.Equal("id-Aigerim Sultanova", finding.Args["countedIds"]);
    }

    [Fact]
    public void Evaluate_TwoSpecialists_Met()
    {
        var finding = Single(
            Staff(2, [Surgery]),
            Specialist("A", [Certificate("Общая хирургия (трансплантология)")]),
            Specialist("B", [Certificate("Жалпы хирургия (трансплантология)")]));

        Assert.True(finding.Met, finding.Reason);
        Assert.Equal("A, B", finding.Args["counted"]);
    }

    [Theory]
    [InlineData("2020-01-01", "2025-06-14", false)] // expired the day before
    [InlineData("2020-01-01", "2025-06-15", true)] // last valid day
    [InlineData("2025-06-15", "2030-01-01", true)] // first valid day
    [InlineData("2025-06-16", "2030-01-01", false)] // starts after the date
    public void Evaluate_CertificateValidity_BothEndsInclusive(string from, string to, bool met)
    {
        var certificate = Certificate("Общая хирургия (трансплантология)", Parse(from), Parse(to));

        var finding = Single(Staff(1, [Surgery]), Specialist("A", [certificate]));

        Assert.Equal(met, finding.Met);
        if (!met)
        {
            Assert.EndsWith("has 0: none; not counted: A (no certificate valid on 2025-06-15)", finding.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("в отделении трансплантации", 3, true)]
    [InlineData("ТРАНСПЛАНТТАУ БӨЛІМШЕСІНДЕ", 3, true)]
    [InlineData(null, 3, true)] // no place stated: counts anywhere
    [InlineData("в отделении кардиохирургии", 10, false)]
    [InlineData("в отделении трансплантации", 2.5, false)]
    public void Evaluate_ExperienceInDepartment_OnlyTheRightDepartmentCounts(string? where, double years, bool met)
    {
        var requirement = Staff(1, [Surgery], new ExperienceRequirement(3, ExperienceScope.Department, Text("транспланттау бөлімшесінде", "в отделении трансплантации")));
        var specialist = Specialist("A", [Certificate("Общая хирургия (трансплантология)")], [new ExperienceEntry((decimal)years, ExperienceScope.Department, where)]);

        var finding = Single(requirement, specialist);

        Assert.Equal(met, finding.Met);
    }

    [Fact]
    public void Evaluate_ExperienceInWrongDepartment_ReasonGivesTheShortfall()
    {
        var requirement = Staff(1, [Surgery], new ExperienceRequirement(3, ExperienceScope.Department, Text("транспланттау бөлімшесінде", "в отделении трансплантации")));
        var specialist = Specialist("A", [Certificate("Общая хирургия (трансплантология)")], [new ExperienceEntry(10, ExperienceScope.Department, "в отделении кардиохирургии")]);

        var finding = Single(requirement, specialist);

        Assert.Equal(
            "needs 1 specialist with a valid certificate in one of: Жалпы хирургия (трансплантология) / Общая хирургия (трансплантология), "
            + "at least 3 years of experience in department 'транспланттау бөлімшесінде / в отделении трансплантации'; has 0: none; "
            + "not counted: A (experience 0 of 3 years)",
            finding.Reason);
    }

    [Theory]
    [InlineData(ExperienceScope.Department, true)]
    [InlineData(ExperienceScope.Field, true)]
    [InlineData(ExperienceScope.Specialty, true)]
    public void Evaluate_OverallExperience_AnyEntryCounts(ExperienceScope entryScope, bool met)
    {
        var requirement = Staff(1, [Surgery], new ExperienceRequirement(5, ExperienceScope.Overall, null));
        var specialist = Specialist("A", [Certificate("Общая хирургия (трансплантология)")], [new ExperienceEntry(3, entryScope, "x"), new ExperienceEntry(2, ExperienceScope.Overall, null)]);

        Assert.Equal(met, Single(requirement, specialist).Met);
    }

    [Theory]
    [InlineData(3, 108, "2022-06-15", false)] // exactly 3 years before 2025-06-15: out
    [InlineData(3, 108, "2022-06-16", true)] // one day later: in
    [InlineData(5, 216, "2020-06-15", false)]
    [InlineData(5, 216, "2020-06-16", true)]
    public void Evaluate_EducationHoursOnWindowBoundary_CountedOnlyInside(int years, int hours, string completed, bool met)
    {
        var requirement = Staff(1, [Surgery], education: [new EducationRequirement(hours, years, Text("ағзаларды транспланттау", "трансплантация органов"))]);
        var specialist = Specialist("A", [Certificate("Общая хирургия (трансплантология)")], education: [new EducationRecord(hours, "Трансплантация органов: донорство", Parse(completed))]);

        var finding = Single(requirement, specialist);

        Assert.Equal(met, finding.Met);
        if (!met)
        {
            Assert.Contains($"A (education 0 of {hours} hours)", finding.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_EducationHoursSummedOverRecordsOnTopic_OtherTopicsIgnored()
    {
        var requirement = Staff(1, [Surgery], education: [new EducationRequirement(108, 3, Text("ағзаларды транспланттау", "трансплантация органов"))]);
        EducationRecord[] records =
        [
            new(54, "трансплантация органов", new DateOnly(2024, 1, 10)),
            new(54, "Трансплантация органов", new DateOnly(2023, 1, 10)),
            new(500, "Кардиология", new DateOnly(2024, 1, 10)),
        ];

        Assert.True(Single(requirement, Specialist("A", [Certificate("Общая хирургия (трансплантология)")], education: records)).Met);
        Assert.False(Single(requirement, Specialist("A", [Certificate("Общая хирургия (трансплантология)")], education: records[1..])).Met);
    }

    [Fact]
    public void Evaluate_EducationWithoutTopic_AnyTopicCounts()
    {
        var requirement = Staff(1, [Surgery], education: [new EducationRequirement(100, 5, null)]);

        Assert.True(Single(requirement, Specialist("A", [Certificate("Общая хирургия (трансплантология)")], education: [new EducationRecord(100, "Anything", new DateOnly(2024, 1, 1))])).Met);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("2025-06-15", true)]
    [InlineData("2025-06-14", false)]
    public void Evaluate_RadiationPermit_MustBeValidOnTheDate(string? validTo, bool met)
    {
        var requirement = Staff(1, [Surgery], conditions: [new StaffCondition(ConditionKind.RadiationPermit, Text("рұқсат", "разрешение"))]);
        var permit = new HeldCondition(ConditionKind.RadiationPermit, "разрешение", new DateOnly(2020, 1, 1), validTo is null ? null : Parse(validTo));

        var finding = Single(requirement, Specialist("A", [Certificate("Общая хирургия (трансплантология)")], conditions: [permit]));

        Assert.Equal(met, finding.Met);
    }

    [Fact]
    public void Evaluate_RadiationPermitMissing_NotMet() =>
        Assert.False(Single(
            Staff(1, [Surgery], conditions: [new StaffCondition(ConditionKind.RadiationPermit, Text("рұқсат", "разрешение"))]),
            Specialist("A", [Certificate("Общая хирургия (трансплантология)")])).Met);

    [Fact]
    public void Evaluate_SpecialistFailingSeveralConditions_AllShortfallsListed()
    {
        var requirement = Staff(
            1,
            [Surgery],
            new ExperienceRequirement(3, ExperienceScope.Specialty, null),
            [new EducationRequirement(108, 3, null)],
            [new StaffCondition(ConditionKind.RadiationPermit, Text("рұқсат", "разрешение"))]);
        var specialist = Specialist("A", [Certificate("Общая хирургия (трансплантология)", to: new DateOnly(2024, 1, 1))]);

        var finding = Single(requirement, specialist);

        Assert.Equal(
            "A (no certificate valid on 2025-06-15, experience 0 of 3 years, education 0 of 108 hours, no radiation permit valid on 2025-06-15)",
            finding.Args["notCounted"]);
    }

    private static DateOnly Parse(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
