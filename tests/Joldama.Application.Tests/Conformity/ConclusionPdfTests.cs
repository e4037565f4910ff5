using System.Globalization;
using Joldama.Application.Conformity.Printing;
using SkiaSharp;

namespace Joldama.Application.Tests.Conformity;

/// <summary>
/// The App. 3 conclusion form (seed 001) rendered to PDF and read back with poppler (pdftotext, pdfinfo):
/// every field and every criterion is there in full, on two or more pages, in Kazakh and in Russian.
/// </summary>
public sealed class ConclusionPdfTests : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("joldama-pdf-");

    private const string Bin = "040340001234";
    private const string Code = "10.2.1";
    private static readonly DateOnly From = new(2027, 1, 1);
    private static readonly DateOnly To = new(2027, 12, 31);

    [Theory]
    [InlineData(PrintLanguage.Kk, true)]
    [InlineData(PrintLanguage.Kk, false)]
    [InlineData(PrintLanguage.Ru, true)]
    [InlineData(PrintLanguage.Ru, false)]
    public void Every_field_and_criterion_is_printed_in_full(PrintLanguage language, bool positive)
    {
        var print = Sample(language, positive);
        var pdf = ConclusionPdf.Render(print, language);
        var file = Save(pdf, language, positive);

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        var pages = Poppler.Pages(file);
        Assert.True(pages >= 2, $"expected the table to run onto a second page, got {pages} page(s)");

        var all = Poppler.Text(file);
        var words = Flat(all);
        var kk = language == PrintLanguage.Kk;
        Assert.Contains(kk
            ? "Жоғары технологиялық медициналық қызметтерді ұсынуға денсаулық сақтау ұйымдарының сәйкестігіне/сәйкессіздігіне қорытынды"
            : "Заключение о соответствии/несоответствии организаций здравоохранения для оказания высокотехнологичных медицинских услуг",
            words, StringComparison.Ordinal);
        Assert.Contains($"№ {print.Number}", all, StringComparison.Ordinal);
        Assert.Contains(kk ? "1. Денсаулық сақтау ұйымы" : "1. Организация здравоохранения", all, StringComparison.Ordinal);
        Assert.Contains(Flat(print.OrganizationName), words, StringComparison.Ordinal);
        Assert.Contains(Bin, all, StringComparison.Ordinal);
        Assert.Contains(Code, all, StringComparison.Ordinal);
        Assert.Contains(Flat(print.HtmcName), words, StringComparison.Ordinal);

        // Content-stream order (-raw) keeps each cell's lines together; a word broken at a line's end
        // ("Соответ-" / "ствие", "анестезиолог-" / "реаниматолог") is joined back.
        var raw = Poppler.Raw(file);
        string[] headers = kk
            ? ["Өлшемдері", "Сәйкестік", "Сәйкессіздік", "Сәйкессіздікті негіздемелеу", "Қорытынды"]
            : ["Критерии", "Соответствие", "Несоответствие", "Обоснование несоответствия", "Заключение"];
        string[] groups = kk ? ["Кадрлар", "Медициналық бұйымдар", "Қосымша сипаттамалар"] : ["Кадры", "Медицинские изделия", "Дополнительные характеристики"];
        foreach (var text in headers.Concat(groups))
        {
            AssertWordsInOrder(raw, text);
        }

        // Every word of every criterion and justification, in order: nothing is cut.
        var rows = print.StaffRows.Concat(print.DeviceRows).Concat(print.OtherRows).ToList();
        foreach (var row in rows)
        {
            AssertWordsInOrder(raw, row.Criterion);
            if (row.Justification is { } why)
            {
                AssertWordsInOrder(raw, why);
            }
        }

        // The headings repeat on the last page, which holds the last criterion.
        var last = Poppler.Raw(file, page: pages);
        AssertWordsInOrder(last, headers[0]);
        AssertWordsInOrder(last, headers[^1]);
        AssertWordsInOrder(last, rows[^1].Criterion);
        Assert.DoesNotContain(rows[0].Criterion, Flat(last), StringComparison.Ordinal);

        // App. 3: «Жалпы қорытынды» carries the overall result, after its mark.
        var flat = Flat(raw);
        var overall = kk ? "Жалпы қорытынды" : "Общее заключение";
        var after = flat[(flat.IndexOf(overall, StringComparison.Ordinal) + overall.Length)..];
        Assert.StartsWith(positive ? (kk ? " ✓ сәйкес " : " ✓ соответствует") : (kk ? " ✓ сәйкес емес" : " ✓ не соответствует"), after, StringComparison.Ordinal);
        Assert.False(positive && after.StartsWith(" ✓ сәйкес емес", StringComparison.Ordinal));

        // Each mark sits in the column its row calls for: under «Сәйкестік» for the compliant rows,
        // under «Сәйкессіздік» for the others and, in both, for the overall row.
        var (yes, no) = Poppler.MarkColumns(file, kk ? "Сәйкестік" : "Соответ-", kk ? "Сәйкессіздік" : "Несоответ-");
        var compliantRows = rows.Count(r => r.Compliant) + (positive ? 1 : 0);
        Assert.Equal(compliantRows, yes);
        Assert.Equal(rows.Count + 1 - compliantRows, no);

        // §26: only a positive conclusion has a term.
        var validity = $"{(kk ? "Қолданылу мерзімі" : "Срок действия")}: 01.01.2027 – 31.12.2027";
        if (positive)
        {
            Assert.Contains(validity, all, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain(kk ? "Қолданылу мерзімі" : "Срок действия", all, StringComparison.Ordinal);
            Assert.DoesNotContain("31.12.2027", all, StringComparison.Ordinal);
        }

        Assert.Contains(print.SignedByName, all, StringComparison.Ordinal);
        Assert.Contains(Flat(print.DepartmentName), words, StringComparison.Ordinal);
        Assert.Contains(kk ? "Бөлімшенің бірінші басшысы" : "Первый руководитель территориального подразделения", words, StringComparison.Ordinal);
        Assert.Contains(print.SignedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), all, StringComparison.Ordinal);
        Assert.Contains(kk ? "Joldama жүйесінде қол қойылды" : "Подписано в системе Joldama", all, StringComparison.Ordinal);
        Assert.Contains(kk
            ? "Ескертпе: Халықтың санитариялық-эпидемиологиялық саламаттылығы саласындағы мемлекеттік органның аумақтық бөлімшелері толтырады."
            : "Примечание: Заполняется территориальными подразделениями государственного органа в сфере санитарно-эпидемиологического благополучия населения.",
            words, StringComparison.Ordinal);

        const string notice = "Неофициальный перевод формы (приложение 3 к приказу ҚР ДСМ-238/2020)";
        if (kk)
        {
            Assert.DoesNotContain(notice, all, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(notice, Flat(last), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_justification_longer_than_a_page_is_split_not_cut()
    {
        var justification = string.Join(' ', Enumerable.Range(1, 700).Select(i => $"сөз{i}"));
        var print = Sample(PrintLanguage.Kk, positive: false) with
        {
            StaffRows = [new("Анестезиолог-реаниматолог дәрігері – 2", false, justification)],
            DeviceRows = [],
            OtherRows = [],
        };
        var file = Save(ConclusionPdf.Render(print, PrintLanguage.Kk), PrintLanguage.Kk, positive: false, "long");

        Assert.True(Poppler.Pages(file) >= 2);
        AssertWordsInOrder(Poppler.Raw(file), justification);
    }

    [Fact]
    public void The_embedded_fonts_have_every_Kazakh_letter_and_the_mark()
    {
        foreach (var font in new[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" })
        {
            using var stream = typeof(ConclusionPdf).Assembly.GetManifestResourceStream("Joldama.Fonts." + font);
            Assert.NotNull(stream);
            using var typeface = SKTypeface.FromStream(stream);
            Assert.NotNull(typeface);
            Assert.True(typeface.ContainsGlyphs("ӘәҒғҚқҢңӨөҰұҮүҺһІі№✓–—«»"), $"{font} lacks a letter the form prints");
        }
    }

    private static ConclusionPrint Sample(PrintLanguage language, bool positive)
    {
        var kk = language == PrintLanguage.Kk;
        string Why(int i) => kk
            ? $"Өтінімге қоса берілген құжаттарда маманның {i}-санаттағы біліктілігін растайтын сертификат жоқ; штаттық кестеде көрсетілген лауазым бос, ал ұсынылған еңбек шартының мерзімі өтінім тіркелген күнге дейін аяқталған."
            : $"В документах к заявке нет сертификата, подтверждающего квалификацию специалиста {i}-й категории; должность по штатному расписанию вакантна, а срок представленного трудового договора истёк до даты регистрации заявки.";
        ConclusionPrintRow Row(string criterion, int i) =>
            positive || i % 3 != 0 ? new(criterion, true, null) : new(criterion, false, Why(i));

        var staff = (kk
            ? new[] { "Кардиохирург дәрігер – кемінде 2", "Анестезиолог-реаниматолог дәрігері – кемінде 2 (соның ішінде балалар анестезиологиясы бойынша сертификаты бар)", "Перфузиолог – 1", "Функционалдық диагностика дәрігері – 1", "Рентгенэндоваскулярлық диагностика және емдеу дәрігері – 1", "Операциялық мейіргер – 3" }
            : new[] { "Врач кардиохирург – не менее 2", "Врач анестезиолог-реаниматолог – не менее 2 (в том числе с сертификатом по детской анестезиологии)", "Перфузиолог – 1", "Врач функциональной диагностики – 1", "Врач по рентгенэндоваскулярной диагностике и лечению – 1", "Операционная медицинская сестра – 3" })
            .Select((c, i) => Row(c, i)).ToList();
        var devices = Enumerable.Range(1, 12)
            .Select(i => Row(kk ? $"Медициналық бұйым №{i}: жасанды қанайналым аппараты, кемінде {i} бірлік" : $"Медицинское изделие №{i}: аппарат искусственного кровообращения, не менее {i} ед.", i + 1))
            .ToList();
        var other = new List<ConclusionPrintRow>
        {
            Row(kk ? "Операциядан кейінгі өлім-жітім – 5%-дан аспайды" : "Послеоперационная летальность – не более 5%", 2),
            Row(kk ? "Кохлеарлық операцияға дейінгі және кейінгі міндетті оңалту жүргізу (соңғы өлшем)" : "Обязательная реабилитация до и после кохлеарной операции (последний критерий)", 3),
        };
        return new ConclusionPrint(
            Number: "ЖТМК-2026-000417",
            OrganizationName: kk
                ? "«Ұлттық ғылыми кардиохирургия орталығы» акционерлік қоғамы (Қазақстан Республикасы Денсаулық сақтау министрлігінің қарамағындағы)"
                : "Акционерное общество «Национальный научный кардиохирургический центр» (в ведении Министерства здравоохранения Республики Казахстан)",
            OrganizationBin: Bin,
            DepartmentName: kk
                ? "Астана қаласының санитариялық-эпидемиологиялық бақылау департаменті"
                : "Департамент санитарно-эпидемиологического контроля города Астаны",
            Code: Code,
            HtmcName: kk ? "Жасанды қанайналыммен жүректегі ашық операциялар (қақпақшаларды протездеу)" : "Открытые операции на сердце с искусственным кровообращением (протезирование клапанов)",
            StaffRows: staff,
            DeviceRows: devices,
            OtherRows: other,
            Positive: positive,
            ValidFrom: positive ? From : null,
            ValidTo: positive ? To : null,
            SignedByName: kk ? "Әбілқасымова Гүлнар Серікқызы" : "Абилкасымова Гульнар Сериковна",
            SignedOn: new DateOnly(2026, 12, 14),
            ReissueBasis: null);
    }

    /// <summary>
    /// All the words of <paramref name="expected"/>, each a whole word of the extracted text, in order;
    /// hyphens aside, since the PDF breaks a long word at a (soft) hyphen and the text cannot tell which.
    /// </summary>
    private static void AssertWordsInOrder(string extracted, string expected)
    {
        var have = extracted.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        foreach (var word in expected.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            while (at < have.Length && !string.Equals(NoHyphen(have[at]), NoHyphen(word), StringComparison.Ordinal))
            {
                at++;
            }
            Assert.True(at < have.Length, $"«{word}» of «{expected}» is missing from the PDF (or out of order)");
            at++;
        }
    }

    private static string NoHyphen(string word) => word.Replace("-", "", StringComparison.Ordinal);

    /// <summary>The text with every run of white space (line breaks of wrapped paragraphs too) as one space.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Writes the PDF to a temp file, and for a human under $JOLDAMA_TEST_RESULTS_DIR/pdf/ when set.</summary>
    private string Save(byte[] pdf, PrintLanguage language, bool positive, string kind = "")
    {
        var name = $"conclusion-{language.ToString().ToLowerInvariant()}-{(positive ? "positive" : "negative")}{(kind.Length > 0 ? "-" + kind : "")}.pdf";
        if (Environment.GetEnvironmentVariable("JOLDAMA_TEST_RESULTS_DIR") is { Length: > 0 } results)
        {
            var dir = Directory.CreateDirectory(Path.Combine(results, "pdf"));
            File.WriteAllBytes(Path.Combine(dir.FullName, name), pdf);
        }
        var file = Path.Combine(temp.FullName, name);
        File.WriteAllBytes(file, pdf);
        return file;
    }

    public void Dispose() => temp.Delete(recursive: true);
}
