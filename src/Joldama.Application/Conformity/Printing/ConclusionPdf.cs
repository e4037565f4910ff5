using System.Globalization;
using SkiaSharp;

namespace Joldama.Application.Conformity.Printing;

/// <summary>
/// Prints the conformity conclusion as the form of App. 3 of order ҚР ДСМ-238/2020 (seed 001):
/// title, fields 1–2, the criteria table, validity (§26), the head's signature (§27) and the form's note.
/// </summary>
public static class ConclusionPdf
{
    private const float Body = 10f;

    public static byte[] Render(ConclusionPrint print, PrintLanguage language)
    {
        ArgumentNullException.ThrowIfNull(print);
        var text = ConclusionFormText.For(language);
        using var pages = new PdfPages();

        Heading(pages, text, print);
        Fields(pages, text, print);
        new ConclusionTable(pages, text).Draw(print);
        Validity(pages, text, print);
        Signature(pages, text, print);
        Note(pages, text);

        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = $"{text.Title} № {print.Number}";
        metadata.Author = print.DepartmentName;
        metadata.Creator = "Joldama";
        metadata.Producer = "Joldama";
        return pages.Write(metadata, (canvas, page, total) => Footer(canvas, pages, text, print, page, total));
    }

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static void Heading(PdfPages pages, ConclusionFormText text, ConclusionPrint print)
    {
        // App. 3 is headed by its place in the Rules, in a block at the right, as printed in the order.
        const float block = 230f;
        pages.Paragraph(text.Appendix, pages.Font(false, 8.5f), PdfPages.PageWidth - PdfPages.Right - block, block, SKTextAlign.Center);
        pages.Y += 14;
        pages.Paragraph(text.Title, pages.Font(true, 12f), PdfPages.Left + 20, PdfPages.ContentWidth - 40, SKTextAlign.Center);
        pages.Y += 4;
        pages.Paragraph($"№ {print.Number}", pages.Font(true, 11f), align: SKTextAlign.Center);
        pages.Y += 12;
    }

    private static void Fields(PdfPages pages, ConclusionFormText text, ConclusionPrint print)
    {
        var label = pages.Font(false, Body);
        var value = pages.Font(true, Body);
        var caption = pages.Font(false, 7.5f);

        pages.Paragraph(text.Organization, label);
        Filled(pages, print.OrganizationName, value);
        pages.Paragraph(text.LegalNameCaption, caption, align: SKTextAlign.Center);
        Filled(pages, $"{text.Bin} {print.OrganizationBin}", value);
        pages.Y += 8;

        pages.Paragraph(text.HtmcType, label);
        Filled(pages, $"{print.Code} — {print.HtmcName}", value);
        pages.Y += 12;
    }

    /// <summary>A filled-in blank: the value written on the form's underline, one line per wrapped line.</summary>
    private static void Filled(PdfPages pages, string value, SKFont font)
    {
        var lh = PdfPages.LineHeight(font.Size) + 2;
        foreach (var line in TextWrap.Lines(value, font, PdfPages.ContentWidth - 8))
        {
            pages.KeepTogether(lh);
            pages.Text(line, PdfPages.Left + 4, pages.Y, font);
            pages.HorizontalLine(PdfPages.Left, PdfPages.PageWidth - PdfPages.Right, pages.Y + lh - 1, 0.5f);
            pages.Y += lh;
        }
    }

    private static void Validity(PdfPages pages, ConclusionFormText text, ConclusionPrint print)
    {
        pages.Y += 10;
        // §26: a positive conclusion states how long it is valid; a negative one has no term.
        if (print is { Positive: true, ValidFrom: { } from, ValidTo: { } to })
        {
            pages.Paragraph($"{text.Validity}: {Date(from)} – {Date(to)}", pages.Font(true, Body));
        }
        // §26.4, §30: a reissued conclusion says why it was reissued.
        if (print.ReissueBasis is { } basis)
        {
            pages.Paragraph($"{text.ReissueBasis}: {basis}", pages.Font(false, Body));
        }
    }

    private static void Signature(PdfPages pages, ConclusionFormText text, ConclusionPrint print)
    {
        // §27: signed by the first head of the territorial department; the block is never split.
        var font = pages.Font(false, Body);
        var bold = pages.Font(true, Body);
        var small = pages.Font(false, 8.5f);
        var lh = PdfPages.LineHeight(Body);
        // Title | signature line | name, as on a signed paper form.
        const float labelWidth = PdfPages.ContentWidth * 0.36f;
        const float nameWidth = PdfPages.ContentWidth * 0.46f;
        var department = TextWrap.Lines(print.DepartmentName, font, PdfPages.ContentWidth);
        var head = TextWrap.Lines(text.Head, font, labelWidth);
        var name = TextWrap.Lines(print.SignedByName, bold, nameWidth);
        var rows = department.Count + Math.Max(head.Count, name.Count) + 3;
        pages.Y += 12;
        pages.KeepTogether((rows * lh) + 12);

        pages.Paragraph(print.DepartmentName, font);
        var top = pages.Y;
        pages.Paragraph(text.Head, font, width: labelWidth);
        var last = Math.Max(pages.Y, top + (name.Count * lh)) - lh;
        // The signature line sits between the title and the name, on the title's last line.
        pages.HorizontalLine(PdfPages.Left + labelWidth + 10, PdfPages.PageWidth - PdfPages.Right - nameWidth - 10, last + lh - 2, 0.5f);
        for (var i = 0; i < name.Count; i++)
        {
            pages.Text(name[i], PdfPages.PageWidth - PdfPages.Right, last - ((name.Count - 1 - i) * lh), bold, SKTextAlign.Right);
        }
        pages.Y = last + lh + 4;
        pages.Paragraph($"{text.Date}: {Date(print.SignedOn)}", font);
        pages.Paragraph(text.SignedInJoldama, small);
    }

    private static void Note(PdfPages pages, ConclusionFormText text)
    {
        // App. 3 closes with «Ескертпе: ... толтырады» — who fills the form in.
        var font = pages.Font(false, 8.5f);
        pages.Y += 16;
        pages.KeepTogether(PdfPages.LineHeight(8.5f) * 3);
        pages.Paragraph(text.NoteLabel, pages.Font(true, 8.5f));
        pages.Paragraph(text.Note, font);
    }

    private static void Footer(SKCanvas canvas, PdfPages pages, ConclusionFormText text, ConclusionPrint print, int page, int total)
    {
        var font = pages.Font(false, 7.5f);
        var y = PdfPages.PageHeight - PdfPages.Bottom + 20;
        var baseline = y + PdfPages.Baseline(font);
        var pen = pages.Paint(SKColors.Gray, SKPaintStyle.Stroke, 0.4f);
        canvas.DrawLine(PdfPages.Left, y - 4, PdfPages.PageWidth - PdfPages.Right, y - 4, pen);
        canvas.DrawText($"№ {print.Number}", PdfPages.Left, baseline, SKTextAlign.Left, font, pages.Ink);
        var count = string.Format(CultureInfo.InvariantCulture, text.Page, page, total);
        canvas.DrawText(count, PdfPages.PageWidth - PdfPages.Right, baseline, SKTextAlign.Right, font, pages.Ink);
        // Only the Kazakh text is the order's; the Russian form says it is a translation.
        if (text.TranslationNotice is { } notice)
        {
            canvas.DrawText(notice, PdfPages.Left, baseline + PdfPages.LineHeight(7.5f), SKTextAlign.Left, font, pages.Ink);
        }
    }
}
