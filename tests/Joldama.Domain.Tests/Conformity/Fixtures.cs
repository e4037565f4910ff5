using Joldama.Domain.Catalog;
using Joldama.Domain.Conformity;

namespace Joldama.Domain.Tests.Conformity;

/// <summary>Small builders for characteristics and providers; the words are Appendix 2 of seed 001.</summary>
internal static class Fixtures
{
    public static readonly DateOnly On = new(2025, 6, 15);

    public static readonly LegalAct Act = new(
        "dsm-238-2020", "ҚР ДСМ-238/2020", new BilingualText("Қағидалар", "Правила"),
        new DateOnly(2020, 12, 8), new DateOnly(2020, 12, 9), new DateOnly(2020, 12, 21), "test", "001_5e2574b563d27392.txt");

    public static readonly SeedReference Source = new("001_5e2574b563d27392.txt", "Appendix 2, item 1", "421-461");

    public static readonly CharacteristicFootnote Ivf = new(
        "ivf",
        new BilingualText("* ... жасанды ұрықтандыру ...", "* ... искусственного оплодотворения ..."),
        [
            new FootnoteCriterion("years-in-ivf", 3, "years"),
            new FootnoteCriterion("cycles-per-year", 300, "cycles"),
            new FootnoteCriterion("pregnancy-rate", 33, "percent"),
            new FootnoteCriterion("birth-rate", 25, "percent"),
        ],
        new SeedReference("001_5e2574b563d27392.txt", "Appendix 2, footnote *", "3965-3972"));

    public static BilingualText Text(string kk, string ru) => new(kk, ru);

    public static Characteristic Characteristic(
        IReadOnlyList<StaffRequirement>? staff = null,
        IReadOnlyList<DeviceRequirement>? devices = null,
        IReadOnlyList<string>? footnotes = null,
        string code = "00.93") =>
        new(1, CharacteristicSection.Unique, HtmcCode.From(code), Text("атауы", "название"),
            Text("кадрлар", "кадры"), staff ?? [], Text("бұйымдар", "изделия"), devices ?? [], footnotes ?? [], Act, Source);

    public static StaffRequirement Staff(
        int minCount,
        IReadOnlyList<BilingualText> specialties,
        ExperienceRequirement? experience = null,
        IReadOnlyList<EducationRequirement>? education = null,
        IReadOnlyList<StaffCondition>? conditions = null) =>
        new(StaffRole.Doctor, specialties, minCount, experience, education ?? [], conditions ?? []);

    public static SpecialtyCertificate Certificate(string specialty, DateOnly? from = null, DateOnly? to = null) =>
        new(specialty, "KZ-0001", from ?? new DateOnly(2020, 1, 1), to ?? new DateOnly(2030, 1, 1));

    public static Specialist Specialist(
        string name,
        IReadOnlyList<SpecialtyCertificate> certificates,
        IReadOnlyList<ExperienceEntry>? experience = null,
        IReadOnlyList<EducationRecord>? education = null,
        IReadOnlyList<HeldCondition>? conditions = null) =>
        new($"id-{name}", name, certificates, experience ?? [], education ?? [], conditions ?? []);

    public static ProviderResources Resources(
        IReadOnlyList<Specialist>? specialists = null,
        IReadOnlyList<ProviderDevice>? devices = null,
        OrganizationFacts? organization = null) =>
        new(specialists ?? [], devices ?? [], organization);

    public static ConformityReport Evaluate(Characteristic characteristic, ProviderResources resources, DateOnly? on = null) =>
        ConformityEvaluator.Evaluate(characteristic, resources, on ?? On, [Ivf]);
}
