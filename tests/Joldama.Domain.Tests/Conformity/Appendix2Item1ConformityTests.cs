using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;
using static Joldama.Domain.Tests.Conformity.Fixtures;

namespace Joldama.Domain.Tests.Conformity;

/// <summary>
/// End to end against seed 001 Appendix 2, item 1 (lines 421-461), 00.93 «Забор органов и/или тканей от кадавра
/// для трансплантации»: «Наличие в штате не менее двух специалистов с сертификатом по специальности "Общая хирургия
/// (трансплантология)", стажа работы в отделении трансплантации не менее 3 лет, свидетельства о повышении
/// квалификации по трансплантации органов в объеме не менее 108 часов за последние 3 года.» Devices: «Аппарат для
/// гемодиализа и гемодиафильтрации – не менее 2, ультразвуковой аппарат с допплером – не менее 2, компьютерный
/// томограф – 1, …» (the first three of seventeen are enough here).
/// </summary>
public class Appendix2Item1ConformityTests
{
    private static readonly Characteristic Item1 = Characteristic(
        staff:
        [
            Staff(
                2,
                [Text("Жалпы хирургия (трансплантология)", "Общая хирургия (трансплантология)")],
                new ExperienceRequirement(3, ExperienceScope.Department, Text("транспланттау бөлімшесінде", "в отделении трансплантации")),
                [new EducationRequirement(108, 3, Text("ағзаларды транспланттау", "трансплантация органов"))]),
        ],
        devices:
        [
            new DeviceRequirement(Text("Гемодиализ және гемодиасүзгілеу үшін аппарат", "Аппарат для гемодиализа и гемодиафильтрации"), 2),
            new DeviceRequirement(Text("Доплері бар ультрадыбыстық аппарат", "Ультразвуковой аппарат с допплером"), 2),
            new DeviceRequirement(Text("Компьютерлік томограф", "Компьютерный томограф"), 1),
        ]);

    private static Specialist Surgeon(string name, DateOnly? certificateTo = null, int hours = 108) =>
        Specialist(
            name,
            [Certificate("Общая хирургия (трансплантология)", to: certificateTo)],
            [new ExperienceEntry(4, ExperienceScope.Department, "в отделении трансплантации ННЦХ им. Сызганова")],
            [new EducationRecord(hours, "Трансплантация органов", new DateOnly(2024, 3, 1))]);

    private static ProviderDevice[] Devices(int dialysis = 2) =>
    [
        new("Аппарат для гемодиализа и гемодиафильтрации", dialysis, null),
        new("Ультразвуковой аппарат с допплером", 2, null),
        new("Компьютерный томограф", 1, null),
    ];

    [Fact]
    public void Evaluate_FullyEquippedProvider_Conforms()
    {
        var report = Evaluate(Item1, Resources([Surgeon("A"), Surgeon("B")], Devices()));

        Assert.True(report.Conforms, string.Join("\n", report.Failures.Select(f => f.Reason)));
        Assert.Equal(4, report.Findings.Count);
        Assert.Equal("00.93", report.Code.Value);
        Assert.Equal(On, report.On);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public void Evaluate_SeveralShortfalls_ReportListsEveryFailingCriterion()
    {
        var report = Evaluate(
            Item1,
            Resources(
                [Surgeon("A"), Surgeon("B", certificateTo: new DateOnly(2025, 1, 1)), Surgeon("C", hours: 72)],
                [.. Devices(dialysis: 1).Where(d => d.TypeName != "Компьютерный томограф")]));

        Assert.False(report.Conforms);
        Assert.Equal(4, report.Findings.Count);
        Assert.Collection(
            report.Failures,
            staff =>
            {
                Assert.Equal(CriterionKind.Staff, staff.Kind);
                Assert.Equal(
                    "needs 2 specialists with a valid certificate in one of: Жалпы хирургия (трансплантология) / Общая хирургия (трансплантология), "
                    + "at least 3 years of experience in department 'транспланттау бөлімшесінде / в отделении трансплантации', "
                    + "at least 108 hours of education on 'ағзаларды транспланттау / трансплантация органов' within the last 3 years; "
                    + "has 1: A; not counted: B (no certificate valid on 2025-06-15); C (education 72 of 108 hours)",
                    staff.Reason);
            },
            dialysis => Assert.Equal("needs 2 working 'Гемодиализ және гемодиасүзгілеу үшін аппарат / Аппарат для гемодиализа и гемодиафильтрации'; has 1 working", dialysis.Reason),
            ct => Assert.Equal("needs 1 working 'Компьютерлік томограф / Компьютерный томограф'; has 0 working", ct.Reason));
    }

    [Fact]
    public void Evaluate_SameResourcesLaterDate_EducationAgesOut()
    {
        var report = Evaluate(Item1, Resources([Surgeon("A"), Surgeon("B")], Devices()), new DateOnly(2027, 3, 1));

        var staff = Assert.Single(report.Failures);
        Assert.Contains("A (education 0 of 108 hours); B (education 0 of 108 hours)", staff.Reason, StringComparison.Ordinal);
        Assert.True(Evaluate(Item1, Resources([Surgeon("A"), Surgeon("B")], Devices()), new DateOnly(2027, 2, 28)).Conforms);
    }
}
