namespace Joldama.Application.Conformity.Printing;

/// <summary>
/// The fixed words of the App. 3 form of order ҚР ДСМ-238/2020 (seed 001): Kazakh as in the seed,
/// Russian as our unofficial translation (so marked on every page).
/// </summary>
internal sealed record ConclusionFormText(
    string Appendix,
    string Title,
    string Organization,
    string LegalNameCaption,
    string Bin,
    string HtmcType,
    string[] Columns,
    string Staff,
    string Devices,
    string Other,
    string Compliant,
    string NonCompliant,
    string Overall,
    string Validity,
    string ReissueBasis,
    string Head,
    string Date,
    string SignedInJoldama,
    string NoteLabel,
    string Note,
    string Page,
    string? TranslationNotice)
{
    /// <summary>The mark put in the «Сәйкестік» or «Сәйкессіздік» column (DejaVu Sans has it).</summary>
    public const string Mark = "✓";

    public static ConclusionFormText For(PrintLanguage language) => language switch
    {
        PrintLanguage.Kk => Kk,
        PrintLanguage.Ru => Ru,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    private static readonly ConclusionFormText Kk = new(
        Appendix: "Мамандандырылған, оның ішінде жоғары технологиялық медициналық көмек көрсету қағидаларына 3-қосымша",
        Title: "Жоғары технологиялық медициналық қызметтерді ұсынуға денсаулық сақтау ұйымдарының сәйкестігіне/сәйкессіздігіне қорытынды",
        Organization: "1. Денсаулық сақтау ұйымы",
        LegalNameCaption: "(толық заңды атауы)",
        Bin: "БСН",
        HtmcType: "2. Жоғары технологиялық медициналық көмектің ұсынылатын түрінің атауы",
        // Soft hyphens (U+00AD) let the narrow mark columns break their headings as a printed form would.
        Columns: ["Өлшемдері", "Сәйкес\u00ADтік", "Сәйкес\u00ADсіздік", "Сәйкессіздікті негіздемелеу", "Қорытынды"],
        Staff: "Кадрлар",
        Devices: "Медициналық бұйымдар",
        Other: "Қосымша сипаттамалар",
        Compliant: "сәйкес",
        NonCompliant: "сәйкес емес",
        Overall: "Жалпы қорытынды",
        Validity: "Қолданылу мерзімі",
        ReissueBasis: "Қайта ресімдеу негізі",
        Head: "Бөлімшенің бірінші басшысы",
        Date: "Күні",
        SignedInJoldama: "Joldama жүйесінде қол қойылды",
        NoteLabel: "Ескертпе:",
        Note: "Халықтың санитариялық-эпидемиологиялық саламаттылығы саласындағы мемлекеттік органның аумақтық бөлімшелері толтырады.",
        Page: "Бет {0} / {1}",
        TranslationNotice: null);

    private static readonly ConclusionFormText Ru = new(
        Appendix: "Приложение 3 к Правилам оказания специализированной, в том числе высокотехнологичной, медицинской помощи",
        Title: "Заключение о соответствии/несоответствии организаций здравоохранения для оказания высокотехнологичных медицинских услуг",
        Organization: "1. Организация здравоохранения",
        LegalNameCaption: "(полное юридическое наименование)",
        Bin: "БИН",
        HtmcType: "2. Наименование предоставляемого вида высокотехнологичной медицинской помощи",
        Columns: ["Критерии", "Соответ\u00ADствие", "Несоответ\u00ADствие", "Обоснование несоответствия", "Заключение"],
        Staff: "Кадры",
        Devices: "Медицинские изделия",
        Other: "Дополнительные характеристики",
        Compliant: "соответствует",
        NonCompliant: "не соответствует",
        Overall: "Общее заключение",
        Validity: "Срок действия",
        ReissueBasis: "Основание переоформления",
        Head: "Первый руководитель территориального подразделения",
        Date: "Дата",
        SignedInJoldama: "Подписано в системе Joldama",
        NoteLabel: "Примечание:",
        Note: "Заполняется территориальными подразделениями государственного органа в сфере санитарно-эпидемиологического благополучия населения.",
        Page: "Стр. {0} / {1}",
        TranslationNotice: "Неофициальный перевод формы (приложение 3 к приказу ҚР ДСМ-238/2020)");
}
