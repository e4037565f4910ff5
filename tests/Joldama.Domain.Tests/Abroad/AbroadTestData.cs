using Joldama.Domain.Abroad;
using Joldama.Domain.Calendar;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Tests.Abroad;

/// <summary>The law of treatment abroad as data/law/mzsr-544-2015/ gives it (the loader's own tests check the file against the seeds).</summary>
internal static class AbroadTestData
{
    private const string S003 = "003_26dee45ae146ff54.txt";
    private const string S004 = "004_8891132abac531f4.txt";

    /// <summary>The indications: (id, transplantation, in seed 003, in seed 004).</summary>
    public static readonly (string Id, bool Transplant, bool In003, bool In004)[] IndicationRows =
    [
        ("brain-avm-tumours-radiosurgery", false, true, true),
        ("brainstem-spinal-avm-aneurysms-endovascular", false, true, true),
        ("skull-tumours-transoral", false, true, true),
        ("eye-malignancy-radiosurgery", false, true, true),
        ("keratoprosthesis", false, true, true),
        ("transplantation", true, true, true),
        ("laryngeal-stenosis", false, true, false),
        ("oesophageal-stenosis", false, false, true),
        ("tracheal-stenosis", false, true, true),
    ];

    public static AbroadScheme Current { get; } = Scheme("current", 44, [1, 3, 4, 3, 1, 15, 2, 5, 10]);

    public static AbroadScheme Proposed { get; } = Scheme("proposed", 37, [1, 3, 2, 15, 1, 5, 10]);

    public static AbroadLaw Law { get; } = new(
        Q(S003, "9-12"),
        [.. IndicationRows.Select(r => new AbroadIndication(
            r.Id,
            r.Transplant,
            r.In003 ? new IndicationWording(r.Id + " ru", Q(S003, "18-32")) : null,
            r.In004 ? new IndicationWording(r.Id + " kk", Q(S004, "48-78")) : null,
            new BilingualText(r.Id + " kk", r.Id + " ru"),
            r.In003 && r.In004 ? null : "listed by one seed only"))],
        [
            new AbroadCategoryRule(AbroadCategory.Child, T("child"), 0, 18, Q(S003, "33-35"), null),
            new AbroadCategoryRule(AbroadCategory.InjuredOnDuty, T("injured"), null, null, Q(S003, "36-40"), null),
        ],
        [.. Enum.GetValues<AbroadPriorityGroup>().Select(g => new AbroadPriorityRule(g, T(g.ToString()), Q(S004, "17-37")))],
        [
            new AbroadExclusionRule(AbroadExclusion.SelfArranged, T("self"), Q(S004, "114-115")),
            new AbroadExclusionRule(AbroadExclusion.AutologousOrRelatedBoneMarrow, T("bone marrow"), Q(S003, "28-30")),
        ],
        [],
        [Current, Proposed],
        "current");

    /// <summary>A year with no holidays listed: weekends only (enough for the weekend tests).</summary>
    public static WorkingCalendar Calendar2026 { get; } = new([CalendarYear.Create(2026, [], ["test"]).Value]);

    public static AbroadScheme Scheme(string id, int stated, int?[] days) => new(
        id,
        T(id),
        [.. days.Select((d, i) => new AbroadStep(
            i + 1, AbroadActor.WorkingBody, null, T("step"), [], d is { } n ? new WorkingDays(n) : null, Q(S003, "65-72"), null))],
        new WorkingDays(stated),
        Q(S003, "132-135"),
        Q(S003, "44-45"),
        null);

    private static SeedQuote Q(string seed, string lines) => new(new SeedReference(seed, "test", lines), "test");

    private static BilingualText T(string text) => new(text, text);
}
