using System.Globalization;
using System.Text.Json;
using Joldama.Application.Law;
using Joldama.Domain.Catalog;
using Joldama.Domain.Funding;

namespace Joldama.Application.Tests.Catalog;

/// <summary>
/// The law data in data/law, loaded as the product loads it (<see cref="LawLibrary.Load"/>), compared
/// with the seeds themselves: seed 000 (order ҚР ДСМ-141, the three HTMC lists, Russian) and seed 001
/// (order ҚР ДСМ-238/2020, Appendix 2: the characteristics per code, Kazakh). Every expected value
/// below was read from the seed text (the line numbers are given), not copied from the JSON.
/// </summary>
public class CatalogAgainstSeedsTests
{
    private const string Seed000 = "000_5886f6e70bfcb133.txt";
    private const string Seed001 = "001_5e2574b563d27392.txt";

    private static readonly string RepoRoot = FindRepoRoot();

    private static readonly Lazy<HtmcCatalog> LoadedCatalog = new(() => LawLibrary.Load(Path.Combine(RepoRoot, "data")).Catalog);

    private static HtmcCatalog Catalog => LoadedCatalog.Value;

    // ------------------------------------------------------------------ counts

    [Theory]
    [InlineData(1, 29)] // seed 000 lines 70-217: rows 1-29
    [InlineData(2, 6)] // lines 219-250: rows 1-6
    [InlineData(3, 74)] // lines 252-583: rows 1-74
    public void Entries_PerTable_CountAndRowNumbersAsPrinted(int table, int rows)
    {
        var numbers = Catalog.Entries.Where(e => e.List.Table == table).Select(e => e.Row).Order().ToArray();

        Assert.Equal(Enumerable.Range(1, rows), numbers);
    }

    [Fact]
    public void Entries_OncologySubList_IsExactlyTable1Rows26To29()
    {
        // Seed 000 lines 193-197: «Виды технологий при онкологических заболеваниях в рамках
        // консультативно-диагностической помощи», followed by rows 26-29 of Table 1.
        var subList = Catalog.Entries.Where(e => e.OncologySubList).Select(e => (e.List.Table, e.Row)).Order().ToArray();

        Assert.Equal([(1, 26), (1, 27), (1, 28), (1, 29)], subList);
    }

    [Fact]
    public void Lists_ThreeTables_HospitalizationAndStreamsFromTitles()
    {
        // Seed 000 table titles: Table 1 «…ГОБМП при экстренной госпитализации» (lines 70-72),
        // Table 2 «…ГОБМП и системе ОСМС при плановой госпитализации» (219-221),
        // Table 3 «…в системе ОСМС при плановой госпитализации» (252-253).
        var lists = Catalog.Lists.OrderBy(l => l.Table).ToArray();

        Assert.Equal([1, 2, 3], lists.Select(l => l.Table));
        Assert.Equal(Hospitalization.Emergency, lists[0].Hospitalization);
        Assert.Equal([FundingStream.Gobmp], lists[0].Streams);
        Assert.Equal(Hospitalization.Planned, lists[1].Hospitalization);
        Assert.Equal([FundingStream.Gobmp, FundingStream.Osms], lists[1].Streams);
        Assert.Equal(Hospitalization.Planned, lists[2].Hospitalization);
        Assert.Equal([FundingStream.Osms], lists[2].Streams);
    }

    [Fact]
    public void Characteristics_Appendix2_78ItemsNumbered1To78()
    {
        Assert.Equal(Enumerable.Range(1, 78), Catalog.Characteristics.Select(c => c.Item));
    }

    [Fact]
    public void Characteristics_Sections_Items1To14UniqueAnd15To78Basic()
    {
        // Seed 001 line 419 «1. Бірегей түрлері» (unique) and line 1143 «2. Негізгі түрлері» (basic).
        var unique = Catalog.Characteristics.Where(c => c.Section == CharacteristicSection.Unique).Select(c => c.Item);
        var basic = Catalog.Characteristics.Where(c => c.Section == CharacteristicSection.Basic).Select(c => c.Item);

        Assert.Equal(Enumerable.Range(1, 14), unique);
        Assert.Equal(Enumerable.Range(15, 64), basic);
    }

    // ------------------------------------------------------------------ list rows, field by field

    [Theory]
    // table, row, code, Russian name as printed (typos kept), hospitalization, streams, oncology sub-list
    [InlineData(1, 1, "00.50", "Имплантация бивентрикулярного электрокардиостимулятора без упоминания дефибриллятора системы в целом (CRT-P)", "emergency", "gobmp", false)] // lines 75-80
    [InlineData(1, 5, "35.2", "Открытая и другая замена аортального клапана тканевым трансплантантом", "emergency", "gobmp", false)] // lines 97-100
    [InlineData(1, 12, "00.65", "Чрезкожная имплантация стентов во внутричерепные артерии", "emergency", "gobmp", false)] // lines 131-132, «Чрезкожная» as printed
    [InlineData(1, 20, "81.55", "Ревизия замены коленного сустава, неуточненная", "emergency", "gobmp", false)] // lines 176-177, comma on the next line
    [InlineData(1, 21, "50.52", "Трансплантация печени от посмертного донора", "emergency", "gobmp", false)] // lines 179-181
    [InlineData(1, 26, "92.201", "Высокодозная брахитерапия рака предстательной железы", "emergency", "gobmp", true)] // lines 199-200
    [InlineData(1, 27, "92.202", "Интерстициальная лучевая терапия (брахитерапия) локализованного рака предстательной железы", "emergency", "gobmp", true)] // lines 202-208, name split around the code
    [InlineData(1, 28, "92.247", "Дистанционная лучевая терапия с использованием фотонов на линейном ускорителе", "emergency", "gobmp", true)] // lines 210-213
    [InlineData(1, 29, "92.203", "Высокодозная брахитерапия при раке женских половых органов", "emergency", "gobmp", true)] // lines 215-217
    [InlineData(2, 1, "92.291", "Радио-йод терапия заболеваний щитовидной железы", "planned", "gobmp,osms", false)] // lines 224-225
    [InlineData(2, 2, "92.321", "Радиохирургический метод лечения заболеваний центральной нервной системы с применением аппарата Гамма-нож", "planned", "gobmp,osms", false)] // lines 227-232
    [InlineData(2, 6, "92.203", "Высокодозная брахитерапия при раке женских половых органов", "planned", "gobmp,osms", false)] // lines 249-250
    [InlineData(3, 12, "33.6", "Комбинированная трансплантация комплекса \"сердце – легкое\"", "planned", "osms", false)] // lines 309-310, en dash as printed
    [InlineData(3, 17, "35.14", "Отрытая вальвулопластика трехстворчатого клапана без замены", "planned", "osms", false)] // lines 326-329, «Отрытая» as printed
    [InlineData(3, 18, "35.21", "Открытая и другая замена аортального клапана тканевым трансплантантом", "planned", "osms", false)] // lines 331-334
    [InlineData(3, 52, "41.10", "Трансплантация фетальных стволовых клеток", "planned", "osms", false)] // lines 471-472, "41.10" not "41.1"
    [InlineData(3, 53, "50.52", "Трансплантация печени от посметртного донора", "planned", "osms", false)] // lines 474-475, «посметртного» as printed
    [InlineData(3, 58, "55.62", "Трансплантация почки от посметртного донора", "planned", "osms", false)] // lines 489-490
    [InlineData(3, 64, "69.924", "Экстракорпоральное оплодотворение с проведением икси (интрацитоплазматическая инъекция сперматозоида в яйцеклетку), короткий протокол", "planned", "osms", false)] // lines 526-533, split by a page break
    [InlineData(3, 74, "99.791", "Заготовка стволовых гематопоэтических клеток крови", "planned", "osms", false)] // lines 582-583
    public void Entry_SampledRow_MatchesSeed000(int table, int row, string code, string nameRu, string hospitalization, string streams, bool oncology)
    {
        var entry = Assert.Single(Catalog.Entries, e => e.List.Table == table && e.Row == row);

        Assert.Equal(code, entry.Code.Value);
        Assert.Equal(nameRu, entry.Name.Ru);
        Assert.NotEqual(TextLanguage.Ru, entry.Name.Unofficial); // seed 000 is Russian: the Russian name is never our translation
        Assert.Equal(hospitalization, entry.List.Hospitalization.ToString().ToLowerInvariant());
        Assert.Equal(streams, string.Join(',', entry.List.Streams.Select(s => s.ToString().ToLowerInvariant())));
        Assert.Equal(oncology, entry.OncologySubList);
        Assert.Equal("dsm-141-2021", entry.List.Act.Id);
    }

    // ------------------------------------------------------------------ Appendix 2, field by field

    /// <summary>
    /// Items of seed 001 Appendix 2 as read from the seed. Specialties are the Kazakh certificate
    /// names (alternatives, «… немесе …»), with the stray quotes of the PDF removed.
    /// </summary>
    private static readonly Dictionary<int, ExpectedItem> Items = new()
    {
        // Lines 421-461. «кемінде екі маманның» = 2; «транспланттау бөлімшесінде кемінде 3 жыл»; «кемінде 108 сағат … соңғы 3 жылда».
        [1] = new(CharacteristicSection.Unique, "00.93", "Транспланттау үшін кадаврдан ағзаларды және/немесе тіндерді алу")
        {
            Staff = [new(StaffRole.Doctor, 2) { Specialties = ["Жалпы хирургия (трансплантология)"], Experience = new(3, ExperienceScope.Department), Education = [new(108, 3, "ағзаларды транспланттау")], Conditions = [] }],
            DeviceCount = 17,
            Devices =
            [
                new("Гемодиализ және гемодиасүзгілеу", 2), new("Доплері бар ультрадыбыстық аппарат", 2), new("Компьютерлік томограф", 1),
                new("Ангиограф", 1), new("Операциялық коагулятор", 2), new("Аспирациялық сорғыш", 2), new("Дәрілік заттар дозаторы", 4),
                new("Электрокардиограф", 1), new("Өкпені жасанды желдету", 2), new("Микрохирургиялық аспаптар", 2), new("Тамырлық аспаптар", 2),
                new("жаракеңейткіш", 2), new("бақылауға арналған монитор", 2), new("таразы", 1), new("донорлық ағзаны тасымалдауға арналған контейнер", 3),
                new("Қышқыл-сілтілік", 1), new("хирургиялық аспиратор", 1),
            ],
        },

        // Lines 463-467 + 484-490 (staff), 469-474 + 492-499 (devices): the row is split by a page break.
        [2] = new(CharacteristicSection.Unique, "02.93", "Интракраниалдық нейростимулятордың электродын (электродтарын) импланттау немесе ауыстыру")
        {
            Staff = [new(StaffRole.Doctor) { Specialties = ["Нейрохирургия (ересектер, балалар)"], Experience = new(5, ExperienceScope.Specialty), Education = [new(108, 3)], Conditions = [] }],
            DeviceCount = 9,
            Devices = [new("Краниотом", 1), new("Ультрадыбыстық диссектор", 1), new("Микронейрохирургиялық", 1)],
        },

        // Lines 536-585. Two certificates: one on transplantology/retrieval/transport with NO hours or period, one of 108 h within 3 years.
        [4] = new(CharacteristicSection.Unique, "33.5", "Өкпені транспланттау")
        {
            Staff =
            [
                new(StaffRole.Doctor, 2)
                {
                    Specialties = ["Жалпы хирургия (трансплантология)", "Кардиохирургия (ересектер, балалар)"],
                    Experience = new(3, ExperienceScope.Department),
                    Education = [new(null, null, "кадаверден"), new(108, 3, "ағзаларды транспланттау")],
                    Conditions = [],
                },
            ],
            DeviceCount = 15,
            Devices = [new("Донорлық өкпенің перфузиясына", 1), new("Афференттік гемокоррекция", 1), new("Жасанды қанайналым", 1)],
        },

        // Lines 754-800; three alternative specialties; 108 h within the last 5 years.
        [8] = new(CharacteristicSection.Unique, "41.06", "Кіндік дің жасушаларын транспланттау")
        {
            Staff =
            [
                new(StaffRole.Doctor)
                {
                    Specialties = ["Гематология (ересектер)", "Онкология және гематология (балалар)", "Жалпы хирургия (трансплантология)"],
                    Experience = new(5, ExperienceScope.Specialty),
                    Education = [new(108, 5, "гемопоэздік дің жасушаларын")],
                    Conditions = [],
                },
            ],
            Devices = [new("цитофлуориметр", 1)],
        },

        // Lines 855-915; the devices carry counts («аппарат-кемінде 2», «бинокулярлық лупалар -2», «контейнер-1»).
        [10] = new(CharacteristicSection.Unique, "50.52", "Кадаврдан бауырды транспланттау")
        {
            Staff = [new(StaffRole.Doctor, 2) { Specialties = ["Жалпы хирургия (трансплантология)"], Experience = new(3, ExperienceScope.Department), Education = [new(108, 3, "бауырды транспланттау")], Conditions = [] }],
            DeviceCount = 24,
            Devices =
            [
                new("Байпас", 1), new("Молекулалық-адсорбциялаушы", 1), new("Гемодиализ", 2), new("Бинокулярлық лупалар", 2), new("С-доға", 1),
                new("Гармоникалық ультрадыбыстық скальпель", 2), new("Лапароскопиялық", 1), new("Дәрілік заттар дозаторы", 4),
                new("донорлық ағзаны тасымалдауға арналған контейнер", 1), new("реинфузия", 1),
            ],
        },

        // Lines 917-976 (split by a page break). The training topic says LIVER transplantation for a pancreas item: kept as printed.
        [11] = new(CharacteristicSection.Unique, "52.80", "Ұйқыбезін транспланттау, нақтыланбаған")
        {
            Staff = [new(StaffRole.Doctor, 2) { Specialties = ["Жалпы хирургия (трансплантология)"], Experience = new(3, ExperienceScope.Department), Education = [new(108, 3, "бауырды транспланттау")], Conditions = [] }],
            DeviceCount = 20,
            Devices = [new("Гемодиализ", 2), new("Гармоникалық ультрадыбыстық скальпель", 2), new("донорлық ағзаны тасымалдауға арналған контейнер", 1)],
        },

        // Lines 978-1029. Kidney item, training topic again says liver transplantation.
        [12] = new(CharacteristicSection.Unique, "55.62", "Кадаврдан бүйректі транспланттау")
        {
            Staff = [new(StaffRole.Doctor, 2) { Specialties = ["Жалпы хирургия (трансплантология)"], Experience = new(3, ExperienceScope.Department), Education = [new(108, 3, "бауырды транспланттау")], Conditions = [] }],
            DeviceCount = 18,
            Devices = [new("Гемодиализ", 2), new("Бинокулярлық лупалар", 2), new("донорлық ағзаны тасымалдауға арналған контейнер", 1), new("реинфузия", 1)],
        },

        // Lines 1031-1071; 3 years in the specialty, 108 h within 5 years on bone-marrow transplantation.
        [13] = new(CharacteristicSection.Unique, "99.791", "Қанның гематопоэздік дің жасушаларын дайындау")
        {
            Staff =
            [
                new(StaffRole.Doctor)
                {
                    Specialties = ["Гематология (ересектер)", "Онкология және гематология (балалар)"],
                    Experience = new(3, ExperienceScope.Specialty),
                    Education = [new(108, 5, "сүйек кемігін")],
                    Conditions = [],
                },
            ],
            Devices = [new("цитофлуориметр", 1)],
        },

        // Lines 1073-1141: a radiation oncologist (216 h / 5 years) and a physicist or engineer (3 years, 2 years with
        // linear accelerators); «Иондаушы сәулелеу көздерімен жұмыс жасауға рұқсаттың болуы» (radiation permit).
        [14] = new(CharacteristicSection.Unique, "92.247", "Сызықтық үдеткіште фотондарды қолдану арқылы қашықтықтан сәулелік терапия")
        {
            Staff =
            [
                new(StaffRole.Doctor) { Specialties = ["Сәулелік терапия (радиациялық онкология)"], Experience = new(5, ExperienceScope.Specialty), Education = [new(216, 5, "жоғары технологиялық")] },
                new(StaffRole.Other) { Experience = new(3, ExperienceScope.Specialty), Education = [], Mentions = "Физика", ConditionMentions = "2 жыл" },
            ],
            RadiationPermit = true,
            DeviceCount = 7,
            Devices = [new("томотерапиялық", 1), new("Дозиметриялық", 1)],
        },

        // Lines 1145-1190: five alternative cardiology/cardiac-surgery certificates, 108 h on arrhythmology within 5 years, radiation permit.
        [15] = new(CharacteristicSection.Basic, "00.50", "Жалпы жүйенің дефибрилляторын ескертусіз бивентрикулярлық электрокардиостимуляторды импланттау (CRT-P)")
        {
            Staff =
            [
                new(StaffRole.Doctor)
                {
                    Specialties =
                    [
                        "Кардиология (интервенциялық кардиология) (ересектер)", "Кардиология (интервенциялық аритмология) (ересектер)",
                        "Кардиология (интервенциялық кардиология) (балалар)", "Кардиология (интервенциялық аритмология) (балалар)",
                        "Кардиохирургия (ересектер, балалар)",
                    ],
                    Experience = new(3, ExperienceScope.Specialty),
                    Education = [new(108, 5, "аритмология")],
                    Conditions = [ConditionKind.RadiationPermit],
                },
            ],
            RadiationPermit = true,
            DeviceCount = 1,
            Devices = [new("Гемодинамика жүйесі бар ангиографиялық қондырғы", 1)],
        },

        // Lines 1231-1258: «кемінде 5 жыл жұмыс өтілі» names no place (overall); 432 h within 5 years.
        [17] = new(CharacteristicSection.Basic, "00.65", "Стенттерді бассүйекішілік артерияларға тері арқылы импланттау")
        {
            Staff = [new(StaffRole.Doctor) { Specialties = ["Нейрохирургия (ересектер, балалар)"], Experience = new(5, ExperienceScope.Overall), Education = [new(432, 5, "эндоваскулярлық нейрохирургия")], Conditions = [] }],
            DeviceCount = 6,
            Devices = [new("Дуплекстік сканер", 1), new("Магниттік-резонанстық томограф", 1)],
        },

        // Lines 1260-1295: 5 years overall, no continuing education stated; device cell split by a page break.
        [18] = new(CharacteristicSection.Basic, "01.53", "Эпилепсия кезінде мидың лобэктомиясы")
        {
            Staff = [new(StaffRole.Doctor) { Specialties = ["Нейрохирургия (ересектер, балалар)"], Experience = new(5, ExperienceScope.Overall), Education = [], Conditions = [] }],
            DeviceCount = 13,
            Devices = [new("электроэнцефалограф", 1), new("навигациялық", 1), new("Краниотом", 1)],
        },

        // Lines 1401-1444: «ашық жүрекке жылына өз бетінше кемінде 50 операция жасау тәжірибесінің».
        [22] = new(CharacteristicSection.Basic, "35.11", "Ауыстырмай аорталық қақпақшаның ашық вальвулопластикасы")
        {
            Staff = [new(StaffRole.Doctor) { Specialties = ["Кардиохирургия (ересектер, балалар)"], Experience = new(5, ExperienceScope.Specialty), Education = [new(108, 5)], Conditions = [ConditionKind.Other], ConditionMentions = "50" }],
            DeviceCount = 13,
            Devices = [new("Экстракорпоралдық мембраналық оксигенация", 1)],
        },

        // Lines 1575-1622: the Table 3 row 18 code (35.21); anaesthesia machine «0,5 кг-дан пациенттерге».
        [26] = new(CharacteristicSection.Basic, "35.21", "Аорталық қақпақшаны тіндік транспланттаумен ашық және басқаша ауыстыру")
        {
            Staff = [new(StaffRole.Doctor) { Specialties = ["Кардиохирургия (ересектер, балалар)"], Experience = new(5, ExperienceScope.Specialty), Education = [new(108, 5)], Conditions = [ConditionKind.Other], ConditionMentions = "50" }],
            DeviceCount = 13,
            Devices = [new("0,5 кг", 1)],
        },

        // Lines 2435-2480: cardiac surgeon with ≥100 open-heart operations a year, or angiosurgeon; 5 years; 108 h / 5 years.
        [46] = new(CharacteristicSection.Basic, "38.34", "Анастомозбен қолқаның резекциясы")
        {
            Staff =
            [
                new(StaffRole.Doctor)
                {
                    Specialties = ["Кардиохирургия (ересектер, балалар)", "Ангиохирургия (рентгенохирургия, интервенциялық хирургия) (ересектер, балалар)"],
                    Experience = new(5, ExperienceScope.Specialty),
                    Education = [new(108, 5)],
                    Conditions = [ConditionKind.Other],
                    ConditionMentions = "кемінде 100 операция",
                },
            ],
            DeviceCount = 14,
            Devices = [new("Афференттік гемокоррекция", 1)],
        },

        // Lines 2922-2949: 10 years (no place), 108 h «бейін бойынша» with no period; the garbled «18 жастан асқан» sentence.
        [57] = new(CharacteristicSection.Basic, "52.53", "Радикалдық субтоталдық панкреатэктомия")
        {
            Staff =
            [
                new(StaffRole.Doctor)
                {
                    Specialties = ["Жалпы хирургия (абдоминалдық хирургия)", "Онкология (ересектер)"],
                    Experience = new(10, ExperienceScope.Overall),
                    Education = [new(108, null)],
                    Conditions = [ConditionKind.Other],
                    ConditionMentions = "18 жастан",
                },
            ],
            DeviceCount = 4,
            Devices = [new("Монофиламенттік", 1)],
        },

        // Lines 2951-3001: a urologist or oncologist (10 years; 108 h vascular surgery + 108 h oncourology within 5 years),
        // and an angiosurgeon «немесе … шарттың болуы» (or a contract for angiosurgery).
        [58] = new(CharacteristicSection.Basic, "55.5016", "Тромбэктомиямен түбегейлі нефрэктомия")
        {
            Staff =
            [
                new(StaffRole.Doctor)
                {
                    Specialties = ["Урология және андрология (ересектер, балалар)", "Онкология (ересектер)"],
                    Experience = new(10, ExperienceScope.Specialty),
                    Education = [new(108, 5, "қантамырлық хирургия"), new(108, 5, "онкоурология")],
                    Conditions = [],
                },
                new(StaffRole.Doctor) { Specialties = ["Ангиохирургия (ересектер, балалар)"], Education = [], Conditions = [ConditionKind.Other], ConditionMentions = "шарт" },
            ],
            DeviceCount = 12,
            Devices = [new("Шприцтік инжекторы бар", 1), new("Қантамырлық хирургиялық жиынтық", 1)],
        },

        // Lines 3261-3299: ≥60 primary arthroplasties a year over the last 5 years.
        [66] = new(CharacteristicSection.Basic, "81.53", "Сан-жамбас буынының ауыстырылуын тексеру, нақтыланбаған")
        {
            Staff =
            [
                new(StaffRole.Doctor)
                {
                    Specialties = ["Травматология-ортопедия (комбустиология) (ересектер, балалар)"],
                    Experience = new(5, ExperienceScope.Specialty),
                    Education = [new(216, 5, "эндопротездеу")],
                    Conditions = [ConditionKind.Other],
                    ConditionMentions = "60",
                },
            ],
            DeviceCount = 4,
        },

        // Lines 3345-3378: a trauma-orthopaedist (10 years; 216 h / 5 years on musculoskeletal tumours) and an oncologist consultant.
        [68] = new(CharacteristicSection.Basic, "81.9610", "Сүйек ісігі кезінде буындарды және/немесе сүйекті ауыстыру")
        {
            Staff =
            [
                new(StaffRole.Doctor)
                {
                    Specialties = ["Травматология-ортопедия (комбустиология) (ересектер, балалар)"],
                    Experience = new(10, ExperienceScope.Specialty),
                    Education = [new(216, 5, "ісіктері")],
                    Conditions = [],
                },
                new(StaffRole.Doctor) { Education = [], Conditions = [], Mentions = "онколог" },
            ],
            DeviceCount = 5,
            Devices = [new("Онкологиялық эндопротездер", 1)],
        },

        // Lines 3404-3463, '*' on line 3407: obstetrician-gynaecologist (5 years; 108 h reproductology / 5 years),
        // urologist-andrologist (3 years; 108 h andrology / 5 years), a specialist with higher medical or biological
        // education (108 h embryology / 5 years).
        [70] = new(CharacteristicSection.Basic, "69.921", "Классикалық экстракорпоралдық ұрықтандыру, ұзақ хаттама")
        {
            Staff =
            [
                new(StaffRole.Doctor) { Specialties = ["Акушерлік және гинекология"], Experience = new(5, ExperienceScope.Specialty), Education = [new(108, 5, "репродуктология")], Conditions = [] },
                new(StaffRole.Doctor) { Specialties = ["Урология және андрология"], Experience = new(3, ExperienceScope.Specialty), Education = [new(108, 5, "андрология")], Conditions = [] },
                new(StaffRole.Other) { Education = [new(108, 5, "эмбриология")], Mentions = "биологиялық" },
            ],
            DeviceCount = 8,
            Devices = [new("Дьюара", 1), new("инкубатор", 1)],
            Footnotes = ["ivf"],
        },

        // Lines 3464-3518 (number 71 not printed, line 3464 is « .»), '*' on line 3467: reproductology within 3 years here.
        [71] = new(CharacteristicSection.Basic, "69.922", "Классикалық экстракорпоралдық ұрықтандыру, қысқа хаттама")
        {
            Staff =
            [
                new(StaffRole.Doctor) { Specialties = ["Акушерлік және гинекология"], Experience = new(3, ExperienceScope.Specialty), Education = [new(108, 3, "репродуктология")], Conditions = [] },
                new(StaffRole.Doctor) { Specialties = ["Урология және андрология"], Experience = new(3, ExperienceScope.Specialty), Education = [new(108, 5, "андрология")], Conditions = [] },
                new(StaffRole.Other) { Education = [new(108, 5, "эмбриология")], Mentions = "биологиялық" },
            ],
            DeviceCount = 8,
            Footnotes = ["ivf"],
        },

        // Lines 3520-3580, '*' on line 3535: the urologist's 3 years are «андрология мәселесі бойынша» (a field), and his 108 h name no topic.
        [72] = new(CharacteristicSection.Basic, "69.923", "АЖСИИ (аналық жасушаға сперматозоидты интрацитоплазмалық инъекциялау) жасай отырып, экстракорпоралдық ұрықтандыру, ұзын хаттама")
        {
            Staff =
            [
                new(StaffRole.Doctor) { Specialties = ["Акушерлік және гинекология"], Experience = new(3, ExperienceScope.Specialty), Education = [new(108, 5, "репродуктология")], Conditions = [] },
                new(StaffRole.Doctor) { Specialties = ["Урология және андрология"], Experience = new(3, ExperienceScope.Field), Education = [new(108, 5)], Conditions = [] },
                new(StaffRole.Other) { Education = [new(108, 5, "эмбриология")], Mentions = "биологиялық" },
            ],
            DeviceCount = 8,
            Footnotes = ["ivf"],
        },

        // Lines 3582-3643, '*' on line 3586.
        [73] = new(CharacteristicSection.Basic, "69.924", "АЖСИИ (аналық жасушаға сперматозоидты интрацитоплазмалық инъекциялау) жасай отырып экстракорпоралдық ұрықтандыру, қысқа хаттама")
        {
            Staff =
            [
                new(StaffRole.Doctor) { Specialties = ["Акушерлік және гинекология"], Experience = new(3, ExperienceScope.Specialty), Education = [new(108, 5, "репродуктология")], Conditions = [] },
                new(StaffRole.Doctor) { Specialties = ["Урология және андрология"], Experience = new(3, ExperienceScope.Specialty), Education = [new(108, 5, "андрология")], Conditions = [] },
                new(StaffRole.Other) { Education = [new(108, 5, "эмбриология")], Mentions = "биологиялық" },
            ],
            DeviceCount = 8,
            Footnotes = ["ivf"],
        },

        // Lines 3645-3681: an ENT surgeon (сурдология), 10 years, certificates on otosurgery/cochlear implantation and on
        // implant fitting (no hours, no period), and a second ENT (сурдология) specialist. '**' note (line 3973).
        [74] = new(CharacteristicSection.Basic, "20.95", "Электромагниттік есту аппаратын импланттау")
        {
            Staff =
            [
                new(StaffRole.Doctor) { Specialties = ["Оториноларингология (сурдология) (ересектер, балалар)"], Experience = new(10, ExperienceScope.Specialty), Conditions = [] },
                new(StaffRole.Doctor) { Specialties = ["Оториноларингология (сурдология) (ересектер, балалар)"], Conditions = [] },
            ],
            DeviceCount = 5,
            Devices = [new("Бормашина", 1), new("ноутбук", 1)],
            Footnotes = ["cochlear"],
        },

        // Lines 3683-3723.
        [75] = new(CharacteristicSection.Basic, "39.65", "Экстракорпоралдық мембраналық оксигенация")
        {
            Staff = [new(StaffRole.Doctor) { Specialties = ["Кардиохирургия"], Experience = new(5, ExperienceScope.Specialty), Education = [new(108, 5)], Conditions = [ConditionKind.Other], ConditionMentions = "50" }],
            DeviceCount = 14,
        },

        // Lines 3725-3811 (number 76 not printed): radiotherapist, medical physicist (permit), anaesthetist (5 years), then
        // «"Онкология" және "Урология және андрология" (ересектер)» — checked in OncologyAndUrology_Items76And77.
        [76] = new(CharacteristicSection.Basic, "92.201", "Қуықасты безі обырының жоғары мөлшердегі брахитерапиясы")
        {
            Staff =
            [
                new(StaffRole.Doctor) { Specialties = ["Сәулелі терапия (радиология)"], Experience = new(5, ExperienceScope.Specialty), Education = [new(108, 5, "брахитерапия")], Conditions = [] },
                new(StaffRole.Other) { Experience = new(5, ExperienceScope.Specialty), Education = [new(108, 5, "жоспарлау")], Mentions = "медициналық физик" },
                new(StaffRole.Doctor) { Specialties = ["Анестезиология және реаниматология (ересектер)"], Experience = new(5, ExperienceScope.Specialty), Education = [], Conditions = [] },
            ],
            MoreStaff = true,
            RadiationPermit = true,
            Devices = [new("ирридия", 1)],
        },

        // Lines 3813-3907 (number 77 not printed): as 76, but interstitial brachytherapy and the anaesthetist's 3 years.
        [77] = new(CharacteristicSection.Basic, "92.202", "Қуықасты безінің оқшауланған обырының интерстициалдық сәулелік терапиясы (брахитерапия)")
        {
            Staff =
            [
                new(StaffRole.Doctor) { Specialties = ["Сәулелі терапия (радиология)"], Experience = new(5, ExperienceScope.Specialty), Education = [new(108, 5, "интерстициалдық")], Conditions = [] },
                new(StaffRole.Other) { Experience = new(5, ExperienceScope.Specialty), Education = [new(108, 5, "жоспарлау")], Mentions = "медициналық физик" },
                new(StaffRole.Doctor) { Specialties = ["Анестезиология және реаниматология (ересектер)"], Experience = new(3, ExperienceScope.Specialty), Education = [], Conditions = [] },
            ],
            MoreStaff = true,
            RadiationPermit = true,
            Devices = [new("йод-125", 1)],
        },

        // Lines 3909-3962 (neither number nor code printed): oncologist/endocrinologist/radiotherapist (5 years; 108 h nuclear
        // medicine / 5 years), a medical physicist, an engineer-radiochemist (3 years), a nurse «Медбикелік іс» (3 years), permit.
        [78] = new(CharacteristicSection.Basic, "92.291", "Қалқанша безі ауруының радио-йод терапиясы")
        {
            Staff =
            [
                new(StaffRole.Doctor)
                {
                    Specialties = ["Онкология", "Эндокринология", "Сәулелі терапия (радиология)"],
                    Experience = new(5, ExperienceScope.Specialty),
                    Education = [new(108, 5, "ядролық медицина")],
                    Conditions = [],
                },
                new(StaffRole.Other) { Education = [], Mentions = "медициналық физик" },
                new(StaffRole.Other) { Experience = new(3, ExperienceScope.Overall), Education = [], Mentions = "радиохимик" },
                new(StaffRole.Nurse) { Specialties = ["Медбикелік іс"], Experience = new(3, ExperienceScope.Overall), Education = [], ConditionMentions = "ядролық медицина" },
            ],
            RadiationPermit = true,
            DeviceCount = 4,
            Devices = [new("Сұйық радиоактивтік қалдықтарды", 1)],
        },
    };

    public static TheoryData<int> SampledItems() => new(Items.Keys.Order());

    [Fact]
    public void SampledItems_CoverBothSectionsAndEnoughItems()
    {
        Assert.True(Items.Count >= 20, $"only {Items.Count} items sampled");
        Assert.Contains(Items.Values, i => i.Section == CharacteristicSection.Unique);
        Assert.Contains(Items.Values, i => i.Section == CharacteristicSection.Basic);
    }

    [Theory]
    [MemberData(nameof(SampledItems))]
    public void Characteristic_SampledItem_MatchesOwnReadingOfSeed001(int number)
    {
        var expected = Items[number];
        var actual = Assert.Single(Catalog.Characteristics, c => c.Item == number);

        Assert.Equal(expected.Section, actual.Section);
        Assert.Equal(expected.Code, actual.Code.Value);
        Assert.Equal(expected.NameKk, actual.Name.Kk);
        Assert.Equal(TextLanguage.Ru, actual.Name.Unofficial); // seed 001 is Kazakh: the Russian name is our translation
        Assert.Equal(expected.Footnotes, actual.Footnotes);
        Assert.Equal("dsm-238-2020", actual.Act.Id);

        if (expected.MoreStaff)
        {
            Assert.True(actual.Staff.Count > expected.Staff.Length, $"item {number}: {actual.Staff.Count} staff entries");
        }
        else
        {
            Assert.Equal(expected.Staff.Length, actual.Staff.Count);
        }

        for (var i = 0; i < expected.Staff.Length; i++)
        {
            AssertStaff(number, i + 1, expected.Staff[i], actual.Staff[i]);
        }

        var hasPermit = actual.Staff.SelectMany(s => s.Conditions).Any(c => c.Kind == ConditionKind.RadiationPermit);
        Assert.True(expected.RadiationPermit == hasPermit, $"item {number}: radiation permit {(hasPermit ? "required" : "not required")} by the data, the seed says {(expected.RadiationPermit ? "required" : "none")}");

        if (expected.DeviceCount is { } deviceCount)
        {
            Assert.Equal(deviceCount, actual.Devices.Count);
        }

        foreach (var device in expected.Devices)
        {
            var matches = actual.Devices.Where(d => d.Name.Kk.Contains(device.NameFragment, StringComparison.OrdinalIgnoreCase)).ToArray();
            var found = Assert.Single(matches);
            Assert.True(device.MinCount == found.MinCount, $"item {number}, device «{found.Name.Kk}»: expected at least {device.MinCount}, data say {found.MinCount}");
        }
    }

    private static void AssertStaff(int item, int index, ExpectedStaff expected, StaffRequirement actual)
    {
        var where = $"item {item}, staff {index}";
        Assert.True(expected.Role == actual.Role, $"{where}: role {actual.Role}, expected {expected.Role}");
        Assert.True(expected.MinCount == actual.MinCount, $"{where}: minCount {actual.MinCount}, expected {expected.MinCount}");

        if (expected.Specialties is { } specialties)
        {
            Assert.Equal(specialties, actual.Specialties.Select(s => s.Kk));
        }

        if (expected.Experience is { } experience)
        {
            Assert.NotNull(actual.Experience);
            Assert.True(experience.Years == actual.Experience.MinYears, $"{where}: {actual.Experience.MinYears} years, expected {experience.Years}");
            Assert.True(experience.Scope == actual.Experience.Scope, $"{where}: scope {actual.Experience.Scope}, expected {experience.Scope}");
        }
        else
        {
            Assert.True(actual.Experience is null, $"{where}: the seed states no experience, data say {actual.Experience}");
        }

        if (expected.Education is { } education)
        {
            Assert.True(education.Length == actual.Education.Count, $"{where}: {actual.Education.Count} education entries, expected {education.Length}");
            for (var e = 0; e < education.Length; e++)
            {
                Assert.True(education[e].Hours == actual.Education[e].MinHours, $"{where}, education {e + 1}: {Show(actual.Education[e].MinHours)} h, expected {Show(education[e].Hours)}");
                Assert.True(education[e].WithinYears == actual.Education[e].WithinYears, $"{where}, education {e + 1}: within {Show(actual.Education[e].WithinYears)} years, expected {Show(education[e].WithinYears)}");
                if (education[e].TopicFragment is { } topic)
                {
                    Assert.Contains(topic, actual.Education[e].Topic?.Kk ?? string.Empty, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        if (expected.Conditions is { } conditions)
        {
            Assert.Equal(conditions.Order(), actual.Conditions.Select(c => c.Kind).Order());
        }

        if (expected.RadiationPermit)
        {
            Assert.Contains(actual.Conditions, c => c.Kind == ConditionKind.RadiationPermit);
        }

        if (expected.ConditionMentions is { } conditionText)
        {
            Assert.Contains(actual.Conditions, c => c.Text.Kk.Contains(conditionText, StringComparison.OrdinalIgnoreCase));
        }

        if (expected.Mentions is { } mention)
        {
            var texts = actual.Specialties.Select(s => s.Kk).Concat(actual.Conditions.Select(c => c.Text.Kk));
            Assert.Contains(texts, t => t.Contains(mention, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    [Fact]
    public void Characteristic_Item1_DeviceCountsAsPrinted()
    {
        // Seed 001 lines 441-461, the counts the inspectors check first.
        var devices = Catalog.Characteristics.Single(c => c.Item == 1).Devices;

        Assert.Equal(2, devices.Single(d => d.Name.Kk.StartsWith("Гемодиализ және гемодиасүзгілеу үшін аппарат", StringComparison.Ordinal)).MinCount); // «аппарат-кемінде 2»
        Assert.Equal(2, devices.Single(d => d.Name.Kk.Contains("ультрадыбыстық аппарат", StringComparison.OrdinalIgnoreCase)).MinCount); // «ультрадыбыстық аппарат – кемінде 2»
        Assert.Equal(1, devices.Single(d => d.Name.Kk.Equals("Компьютерлік томограф", StringComparison.OrdinalIgnoreCase)).MinCount); // «компьютерлік томограф-1»
        Assert.Equal(4, devices.Single(d => d.Name.Kk.Contains("дозаторы", StringComparison.OrdinalIgnoreCase)).MinCount); // «дәрілік заттар дозаторы -4»
        Assert.Equal(3, devices.Single(d => d.Name.Kk.Contains("контейнер", StringComparison.OrdinalIgnoreCase)).MinCount); // «… контейнер-3»
    }

    [Fact]
    public void Characteristic_Item74Cochlear_EducationHasNoHoursAndNamesImplantationAndFitting()
    {
        // Seed 001 lines 3660-3668: «отохирургия және кохлеарлы имплантация мәселелері бойынша …» and
        // «Кохлеарлы имплантты жөнге салу бойынша …»: neither gives hours or a period.
        var item = Catalog.Characteristics.Single(c => c.Item == 74);
        var education = item.Staff.SelectMany(s => s.Education).ToArray();

        Assert.NotEmpty(education);
        Assert.All(education, e => Assert.Null(e.MinHours));
        Assert.All(education, e => Assert.Null(e.WithinYears));
        Assert.Contains(education, e => e.Topic?.Kk.Contains("кохлеарлы имплантация", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Contains(education, e => e.Topic?.Kk.Contains("жөнге салу", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Theory]
    [InlineData(76)]
    [InlineData(77)]
    public void Characteristic_OncologyAndUrology_Items76And77HaveBothCertificatesWith108HoursOnRadiotherapy(int number)
    {
        // Seed 001 lines 3769-3781 and 3865-3878: «"Онкология" және "Урология және андрология" (ересектер) мамандығы бойынша
        // сертификаты бар маманның, … 5 жыл … сәулелі терапия мәселелері бойынша кемінде 108 сағат … соңғы 5 жылда».
        // «және» (and), not «немесе» (or): both certificates are required, whether of one specialist or of two.
        var staff = Catalog.Characteristics.Single(c => c.Item == number).Staff.Skip(3).ToArray();
        var specialties = staff.SelectMany(s => s.Specialties).Select(s => s.Kk).ToArray();

        Assert.Contains(specialties, s => s.StartsWith("Онкология", StringComparison.Ordinal));
        Assert.Contains(specialties, s => s.StartsWith("Урология және андрология", StringComparison.Ordinal));
        Assert.All(staff, s => Assert.Equal(5, s.Experience?.MinYears));
        Assert.All(staff, s => Assert.Contains(s.Education, e => e.MinHours == 108 && e.WithinYears == 5 && e.Topic?.Kk.Contains("сәулелі терапия", StringComparison.OrdinalIgnoreCase) == true));
    }

    [Fact]
    public void Characteristic_Item4_HasAnEducationWithoutHours()
    {
        // Seed 001 lines 545-555: «трансплантология мәселелері, кадаверден ағзаларды алу … бойынша біліктілігін арттыру
        // туралы куәліктің» — no «сағат», no «соңғы N жылда».
        var education = Catalog.Characteristics.Single(c => c.Item == 4).Staff.Single().Education;

        Assert.Contains(education, e => e.MinHours is null && e.WithinYears is null && e.Topic is not null);
        Assert.Contains(education, e => e.MinHours == 108 && e.WithinYears == 3);
    }

    [Fact]
    public void Characteristic_Item46_OpenHeartConditionIs100NotThe50OfNeighbouringItems()
    {
        // Seed 001 lines 2446-2449 «ашық жүректе жылына кемінде 100 операция жасау тәжірибесінің», while items 22-23, 25-34,
        // 36-39, 47, 49 and 75 say «… кемінде 50 операция …».
        var conditions = Catalog.Characteristics.Single(c => c.Item == 46).Staff.SelectMany(s => s.Conditions).ToArray();
        var neighbour = Catalog.Characteristics.Single(c => c.Item == 47).Staff.SelectMany(s => s.Conditions).ToArray();

        Assert.Contains(conditions, c => c.Text.Kk.Contains("100", StringComparison.Ordinal));
        Assert.DoesNotContain(conditions, c => c.Text.Kk.Contains("50", StringComparison.Ordinal));
        Assert.Contains(neighbour, c => c.Text.Kk.Contains("50", StringComparison.Ordinal));
    }

    [Fact]
    public void Footnotes_IvfOnItems70To73AndCochlearOnItem74Only()
    {
        // '*' marks lines 3407, 3467, 3535, 3586 (items 70-73). The '**' mark is not printed in the table at all; the note
        // (line 3973) is about cochlear operations, and item 74 (20.95) is the only cochlear-implant item.
        var ivf = Catalog.Characteristics.Where(c => c.Footnotes.Contains("ivf")).Select(c => c.Item);
        var cochlear = Catalog.Characteristics.Where(c => c.Footnotes.Contains("cochlear")).Select(c => c.Item);

        Assert.Equal([70, 71, 72, 73], ivf);
        Assert.Equal([74], cochlear);
    }

    [Theory]
    // Seed 001 lines 3965-3972: ≥3 years in IVF, ≥300 cycles a year, pregnancy rate ≥33 %, birth rate ≥25 %.
    [InlineData("years-in-ivf", 3, "years")]
    [InlineData("cycles-per-year", 300, "cycles")]
    [InlineData("pregnancy-rate", 33, "percent")]
    [InlineData("birth-rate", 25, "percent")]
    public void Footnotes_Ivf_CriterionAsPrinted(string kind, int min, string unit)
    {
        var ivf = Catalog.Footnotes.Single(f => f.Id == "ivf");
        var criterion = Assert.Single(ivf.Criteria, c => c.Kind == kind);

        Assert.Equal(min, criterion.Min);
        Assert.Equal(unit, criterion.Unit);
        Assert.Equal(4, ivf.Criteria.Count);
        Assert.Equal("3965-3972", ivf.Source.Lines);
    }

    [Fact]
    public void Footnotes_Cochlear_TextOfLine3973WithoutCriteria()
    {
        var cochlear = Catalog.Footnotes.Single(f => f.Id == "cochlear");

        Assert.Contains("Кохлеарлық операцияға дейінгі және кейінгі міндетті оңалту", cochlear.Text.Kk, StringComparison.Ordinal);
        Assert.Empty(cochlear.Criteria);
        Assert.Equal("3973-3973", cochlear.Source.Lines);
    }

    [Fact]
    public void Characteristic_Item78_CodeIsMarkedInferredInTheData()
    {
        // Seed 001 lines 3909-3962 print neither the item number nor the code of «Қалқанша безі ауруының радио-йод терапиясы»;
        // 92.291 comes from seed 000 Table 2 row 1 («Радио-йод терапия заболеваний щитовидной железы»). The data must say so.
        // The loaded Characteristic has no field for it, so the file itself is read.
        var path = Path.Combine(RepoRoot, "data", "law", "dsm-238-2020", "appendix2", "items-53-78.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var item78 = document.RootElement.EnumerateArray().Single(e => e.GetProperty("item").GetInt32() == 78);
        var others = document.RootElement.EnumerateArray().Where(e => e.GetProperty("item").GetInt32() != 78);

        Assert.Equal("92.291", item78.GetProperty("code").GetString());
        Assert.True(item78.TryGetProperty("codeInferred", out var inferred), "item 78 does not say its code is inferred");
        Assert.Contains("not printed", inferred.GetString() ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Table 2 row 1", inferred.GetString() ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(others, e => e.TryGetProperty("codeInferred", out _));
    }

    // ------------------------------------------------------------------ seed references

    [Fact]
    public void Entries_EverySource_NamesSeed000TableRowAndALineRangeInsideItsTable()
    {
        Assert.All(Catalog.Entries, e =>
        {
            Assert.Equal(Seed000, e.Source.Seed);
            Assert.Equal($"Table {e.List.Table}, row {e.Row}", e.Source.Place);
            var (first, last) = Range(e.Source.Lines);
            var (tableFirst, tableLast) = Range(e.List.Source.Lines);
            Assert.InRange(first, tableFirst, last);
            Assert.InRange(last, first, tableLast);
        });
    }

    [Fact]
    public void Characteristics_EverySource_NamesSeed001Appendix2ItemAndAnOrderedLineRange()
    {
        var previousLast = 412; // «2-қосымша», the heading of Appendix 2
        foreach (var c in Catalog.Characteristics)
        {
            Assert.Equal(Seed001, c.Source.Seed);
            Assert.Equal($"Appendix 2, item {c.Item}", c.Source.Place);
            var (first, last) = Range(c.Source.Lines);
            Assert.True(first > previousLast && last >= first, $"item {c.Item}: lines {c.Source.Lines} after {previousLast}");
            previousLast = last;
        }

        Assert.True(previousLast <= 3963, "Appendix 2's table ends before the footnotes (line 3964 «Ескертпе»)");
    }

    [Theory]
    [InlineData(1, 5, "35.2")]
    [InlineData(1, 27, "92.202")]
    [InlineData(2, 1, "92.291")]
    [InlineData(3, 18, "35.21")]
    [InlineData(3, 53, "посметртного")]
    public void Entry_SeedLineRange_ContainsTheCodeOrWord(int table, int row, string text)
    {
        var entry = Catalog.Entries.Single(e => e.List.Table == table && e.Row == row);

        Assert.Contains(text, SeedLines(entry.Source), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "кадаврдан")]
    [InlineData(46, "Анастомозбен")]
    [InlineData(71, "қысқа хаттама")]
    [InlineData(74, "Электромагниттік")]
    [InlineData(78, "радио-йод")]
    public void Characteristic_SeedLineRange_ContainsADistinctiveWordOfTheName(int item, string word)
    {
        var characteristic = Catalog.Characteristics.Single(c => c.Item == item);

        Assert.Contains(word, characteristic.Name.Kk, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(word, SeedLines(characteristic.Source), StringComparison.OrdinalIgnoreCase);
    }

    // ------------------------------------------------------------------ conflicts kept as printed

    [Fact]
    public void Conflict_35_2AndSameNamed35_21_BothKept()
    {
        // Seed 000: Table 1 row 5 «35.2» (lines 97-100) and Table 3 row 18 «35.21» (lines 331-334), same name.
        var table1 = Catalog.Get(HtmcCode.From("35.2")).Value;
        var table3 = Catalog.Get(HtmcCode.From("35.21")).Value;

        var row5 = Assert.Single(table1.Lists);
        var row18 = Assert.Single(table3.Lists);
        Assert.Equal((1, 5), (row5.List.Table, row5.Row));
        Assert.Equal((3, 18), (row18.List.Table, row18.Row));
        Assert.Equal(row5.Name.Ru, row18.Name.Ru);
        Assert.Empty(table1.Characteristics); // Appendix 2 has 35.21 (item 26), no 35.2
        Assert.Equal(26, Assert.Single(table3.Characteristics).Item);
    }

    [Fact]
    public void Conflict_CodesOnTable1OncologySubListAndTable2_ExactlyTheFourOncologyCodes()
    {
        var table1 = Catalog.Entries.Where(e => e.List.Table == 1).ToDictionary(e => e.Code.Value);
        var both = Catalog.Entries.Where(e => e.List.Table == 2 && table1.ContainsKey(e.Code.Value)).Select(e => e.Code.Value).Order(StringComparer.Ordinal);

        Assert.Equal(["92.201", "92.202", "92.203", "92.247"], both);
        Assert.All(both, code => Assert.True(table1[code].OncologySubList, $"{code} on Table 1 is not on the oncology sub-list"));
    }

    [Fact]
    public void CrossCheck_ListCodesWithoutCharacteristics_Exactly35_2And92_203And92_321()
    {
        var withCharacteristics = Catalog.Characteristics.Select(c => c.Code).ToHashSet();
        var missing = Catalog.Entries.Select(e => e.Code).Where(c => !withCharacteristics.Contains(c)).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["35.2", "92.203", "92.321"], missing);
    }

    [Fact]
    public void CrossCheck_CharacteristicsWhoseCodeIsOnNoList_None()
    {
        var listed = Catalog.Entries.Select(e => e.Code).ToHashSet();

        Assert.Empty(Catalog.Characteristics.Where(c => !listed.Contains(c.Code)).Select(c => $"item {c.Item} ({c.Code})"));
    }

    [Fact]
    public void Conflict_50_52And55_62_WordingDiffersBetweenTable1AndTable3()
    {
        Assert.Equal(
            ["Трансплантация печени от посмертного донора", "Трансплантация печени от посметртного донора"],
            Catalog.Get(HtmcCode.From("50.52")).Value.Lists.Select(l => l.Name.Ru));
        Assert.Equal(
            ["Трансплантация почки от посмертного донора", "Трансплантация почки от посметртного донора"],
            Catalog.Get(HtmcCode.From("55.62")).Value.Lists.Select(l => l.Name.Ru));
    }

    // ------------------------------------------------------------------ as of a date

    [Fact]
    public void Acts_Dsm141_InForce17January2022AssumingPublicationOnRegistration()
    {
        // Seed 000 lines 8-10: order of 31.12.2021, registered 6.01.2022 No. 26398; lines 36-37: in force ten calendar
        // days after the day of first official publication, which the seed does not date.
        var act = Catalog.Acts.Single(a => a.Id == "dsm-141-2021");

        Assert.Equal(new DateOnly(2021, 12, 31), act.AdoptedOn);
        Assert.Equal(new DateOnly(2022, 1, 6), act.RegisteredOn);
        Assert.Equal(new DateOnly(2022, 1, 17), act.InForceFrom);
        Assert.Equal(11, act.InForceFrom!.Value.DayNumber - act.RegisteredOn!.Value.DayNumber); // 10 full days elapse, then in force
        Assert.Contains("десяти календарных дней", act.InForceBasis, StringComparison.Ordinal);
        Assert.Contains("assumes first publication on the registration date", act.InForceBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Acts_Dsm238_InForce21December2020AssumingPublicationOnRegistration()
    {
        // Seed 001 lines 28-29: «… алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң …».
        var act = Catalog.Acts.Single(a => a.Id == "dsm-238-2020");

        Assert.Equal(new DateOnly(2020, 12, 10), act.RegisteredOn);
        Assert.Equal(new DateOnly(2020, 12, 21), act.InForceFrom);
        Assert.Contains("assumes first publication on the registration date", act.InForceBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_AsOf16January2022_NoListRowInForce()
    {
        var results = SearchAllCodes(new DateOnly(2022, 1, 16));

        Assert.NotEmpty(results); // Appendix 2 (in force since 21.12.2020) is
        Assert.All(results, v => Assert.Empty(v.Lists));
        Assert.DoesNotContain(results, v => v.Code.Value is "35.2" or "92.203" or "92.321"); // list-only codes: nothing in force
    }

    [Fact]
    public void Search_AsOf17January2022_EveryListRowInForce()
    {
        var results = SearchAllCodes(new DateOnly(2022, 1, 17));

        Assert.Equal(29 + 6 + 74, results.Sum(v => v.Lists.Count));
        Assert.Equal(81, results.Count);
    }

    [Fact]
    public void Search_AsOf20December2020_NothingInForce()
    {
        Assert.Empty(SearchAllCodes(new DateOnly(2020, 12, 20)));
    }

    [Theory]
    [InlineData("35.21", 0, 1)]
    [InlineData("35.2", 0, 0)]
    [InlineData("92.321", 0, 0)]
    public void Get_AsOf16January2022_ListsEmpty(string code, int lists, int characteristics)
    {
        var view = Catalog.Get(HtmcCode.From(code), new DateOnly(2022, 1, 16));

        Assert.False(view.IsError);
        Assert.Equal(lists, view.Value.Lists.Count);
        Assert.Equal(characteristics, view.Value.Characteristics.Count);
    }

    [Theory]
    [InlineData("35.21", "3/18")]
    [InlineData("35.2", "1/5")]
    [InlineData("92.201", "1/26,2/3")]
    public void Get_AsOf17January2022_ListRowsInForce(string code, string rows)
    {
        var view = Catalog.Get(HtmcCode.From(code), new DateOnly(2022, 1, 17)).Value;

        Assert.Equal(rows, string.Join(',', view.Lists.Select(l => $"{l.List.Table}/{l.Row}")));
    }

    // ------------------------------------------------------------------ search

    [Fact]
    public void Search_CodePrefix35_2_Finds35_2And35_21And35_23Only()
    {
        var codes = Codes("35.2");

        Assert.Equal(["35.2", "35.21", "35.23"], codes);
        Assert.DoesNotContain("35.12", codes);
    }

    [Theory]
    [InlineData("трансплантация печени", "50.52,50.59")] // Russian (seed 000)
    [InlineData("ТРАНСПЛАНТАЦИЯ ПЕЧЕНИ", "50.52,50.59")] // case
    [InlineData("бауырды транспланттау", "50.52,50.59")] // Kazakh (seed 001 items 10, 56)
    [InlineData("Гамма-нож", "92.321")]
    [InlineData("трёхстворчатого", "35.14")] // «ё» typed where the list prints «е»
    public void Search_Words_FindTheNamedCodes(string query, string expected)
    {
        Assert.Equal(expected.Split(','), Codes(query));
    }

    [Fact]
    public void Search_UpperAndLowerCase_SameResults()
    {
        var upper = Codes("ЭКСТРАКОРПОРАЛЬНОЕ оплодотворение");

        Assert.Equal(["69.921", "69.922", "69.923", "69.924"], upper);
        Assert.Equal(upper, Codes("экстракорпоральное"));
    }

    [Theory]
    [InlineData("журек", "жүрек", "37.51")] // ү typed as у
    [InlineData("окпе", "өкпе", "33.5")] // ө typed as о
    [InlineData("ЖУРЕКТИ", "Жүректі", "37.51")] // і typed as и, and case
    [InlineData("Каннын гематопоэздик", "Қанның гематопоэздік", "99.791")] // қ, ң, і typed as к, н, и
    public void Search_KazakhLettersTypedAsRussianLookAlikes_SameResults(string typed, string kazakh, string? mustFind)
    {
        var viaLookAlikes = Codes(typed);

        Assert.Equal(Codes(kazakh), viaLookAlikes);
        if (mustFind is not null)
        {
            Assert.Contains(mustFind, viaLookAlikes);
        }
    }

    [Theory]
    [InlineData("транс\u200Bплантация печени")] // zero-width space
    [InlineData("трансплантация\u200D печени\uFEFF")] // zero-width joiner, BOM
    [InlineData("транс\u00ADплантация печени")] // soft hyphen
    public void Search_ZeroWidthCharacters_Ignored(string query)
    {
        Assert.Equal(["50.52", "50.59"], Codes(query));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("\u200B")]
    [InlineData(null)]
    public void Search_EmptyOrWhitespace_QueryEmptyError(string? query)
    {
        var result = Catalog.Search(query);

        Assert.True(result.IsError);
        Assert.Equal("catalog.query_empty", result.Error.Code);
    }

    [Fact]
    public void Search_201Characters_QueryTooLongError()
    {
        var result = Catalog.Search(new string('а', 201));

        Assert.True(result.IsError);
        Assert.Equal("catalog.query_too_long", result.Error.Code);
        Assert.Equal("200", result.Error.Args["max"]);
    }

    [Fact]
    public void Search_200Characters_NotAnError()
    {
        Assert.False(Catalog.Search(new string('а', 200)).IsError);
    }

    // ------------------------------------------------------------------ helpers

    private static string[] Codes(string query)
    {
        var result = Catalog.Search(query, limit: 500);
        Assert.False(result.IsError, result.Error?.Code);
        return result.Value.Select(v => v.Code.Value).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every code, through the public search: each code starts with a digit.</summary>
    private static List<CodeView> SearchAllCodes(DateOnly asOf) =>
        Enumerable.Range(0, 10)
            .SelectMany(d => Catalog.Search(d.ToString(CultureInfo.InvariantCulture), asOf, limit: 500).Value)
            .ToList();

    private static (int First, int Last) Range(string lines)
    {
        var parts = lines.Split('-');
        Assert.True(parts.Length == 2, $"'{lines}' is not a line range 'first-last'");
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    internal static string SeedLines(SeedReference source)
    {
        var (first, last) = Range(source.Lines);
        var lines = File.ReadAllLines(Path.Combine(SeedsDirectory(), source.Seed));
        return string.Join('\n', lines.Skip(first - 1).Take(last - first + 1));
    }

    /// <summary>
    /// The seeds: <c>JOLDAMA_SEEDS_DIR</c>, else <c>shared/seeds</c> beside the repository or above it (the
    /// layout of the project's workspace: repo in <c>…/main</c>, seeds in <c>…/shared/seeds</c>).
    /// </summary>
    private static string SeedsDirectory()
    {
        if (Environment.GetEnvironmentVariable("JOLDAMA_SEEDS_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(RepoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (File.Exists(Path.Combine(candidate, Seed000)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"Seed files not found above {RepoRoot}; set JOLDAMA_SEEDS_DIR to the folder holding {Seed000}.");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Joldama.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder holding Joldama.slnx above " + AppContext.BaseDirectory);
    }

    private sealed record ExpectedItem(CharacteristicSection Section, string Code, string NameKk)
    {
        public ExpectedStaff[] Staff { get; init; } = [];

        /// <summary>The seed's wording leaves the number of further staff entries open; only the first ones are compared.</summary>
        public bool MoreStaff { get; init; }

        /// <summary>A permit to work with sources of ionizing radiation is required of someone.</summary>
        public bool RadiationPermit { get; init; }

        /// <summary>Null where the devices cell is prose and the number of entries is a matter of reading.</summary>
        public int? DeviceCount { get; init; }

        public ExpectedDevice[] Devices { get; init; } = [];

        public string[] Footnotes { get; init; } = [];
    }

    private sealed record ExpectedStaff(StaffRole Role, int MinCount = 1)
    {
        /// <summary>Exact, in order; null where the seed names an education rather than a certificate.</summary>
        public string[]? Specialties { get; init; }

        /// <summary>Null: the seed states no experience for this person.</summary>
        public ExpectedExperience? Experience { get; init; }

        /// <summary>Exact, in order; null: not compared.</summary>
        public ExpectedEducation[]? Education { get; init; }

        /// <summary>Exact kinds; null: not compared.</summary>
        public ConditionKind[]? Conditions { get; init; }

        public bool RadiationPermit { get; init; }

        /// <summary>A fragment one of the conditions' Kazakh texts contains.</summary>
        public string? ConditionMentions { get; init; }

        /// <summary>A fragment a specialty or a condition contains (for people described by education, not certificate).</summary>
        public string? Mentions { get; init; }
    }

    private sealed record ExpectedExperience(int Years, ExperienceScope Scope);

    private sealed record ExpectedEducation(int? Hours, int? WithinYears, string? TopicFragment = null);

    private sealed record ExpectedDevice(string NameFragment, int MinCount);
}
