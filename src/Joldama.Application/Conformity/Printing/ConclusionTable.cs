using SkiaSharp;

namespace Joldama.Application.Conformity.Printing;

/// <summary>
/// The App. 3 table: Өлшемдері | Сәйкестік | Сәйкессіздік | Сәйкессіздікті негіздемелеу | Қорытынды,
/// group rows «Кадрлар» and «Медициналық бұйымдар», closing row «Жалпы қорытынды».
/// Rows wrap their text; a row that does not fit goes to the next page, and one taller than a page
/// is split between lines; every page of the table starts with the column headings.
/// </summary>
internal sealed class ConclusionTable(PdfPages pages, ConclusionFormText text)
{
    private const float Size = 8.5f;
    private const float HeaderSize = 7.5f;
    private const float Pad = 3.5f;

    // The ✓ is small at body size: marks print larger.
    private const float MarkScale = 1.4f;

    private static readonly SKColor HeaderFill = new(0xE6, 0xE6, 0xE6);
    private static readonly SKColor GroupFill = new(0xF3, 0xF3, 0xF3);

    private readonly float[] widths = Widths(pages, text);

    private sealed record Cell(int Column, int Span, string? Text, bool Bold, bool Center, float Scale = 1);

    public void Draw(ConclusionPrint print)
    {
        // The headings never stay alone at the foot of a page: they keep with «Кадрлар» and its first row.
        Header(GroupHeight(print.StaffRows));
        Group(text.Staff, print.StaffRows);
        Group(text.Devices, print.DeviceRows);
        // Footnote criteria of App. 2 (e.g. success rates) are neither staff nor devices.
        if (print.OtherRows.Count > 0)
        {
            Group(text.Other, print.OtherRows);
        }
        Row(Criterion(text.Overall, print.Positive, null, bold: true), fill: null, keepWithNext: 0);
    }

    private void Header(float keepWithNext) =>
        Row(HeaderCells(), HeaderFill, keepWithNext, HeaderSize, heading: true);

    private Cell[] HeaderCells() => [.. text.Columns.Select((h, i) => new Cell(i, 1, h, Bold: true, Center: true))];

    private void Group(string name, IReadOnlyList<ConclusionPrintRow> rows)
    {
        // A group row keeps with its first criterion.
        var first = rows.Count > 0 ? Height(CriterionOf(rows[0]), Size) : 0;
        Row(GroupCells(name), GroupFill, first);
        foreach (var row in rows)
        {
            Row(CriterionOf(row), fill: null, keepWithNext: 0);
        }
    }

    private float GroupHeight(IReadOnlyList<ConclusionPrintRow> rows) =>
        Height(GroupCells(text.Staff), Size) + (rows.Count > 0 ? Height(CriterionOf(rows[0]), Size) : 0);

    private Cell[] GroupCells(string name) => [new Cell(0, widths.Length, name, Bold: true, Center: false)];

    private Cell[] CriterionOf(ConclusionPrintRow row) => Criterion(row.Criterion, row.Compliant, row.Justification, bold: false);

    private Cell[] Criterion(string criterion, bool compliant, string? justification, bool bold) =>
    [
        new(0, 1, criterion, bold, Center: false),
        new(1, 1, compliant ? ConclusionFormText.Mark : null, Bold: true, Center: true, MarkScale),
        new(2, 1, compliant ? null : ConclusionFormText.Mark, Bold: true, Center: true, MarkScale),
        new(3, 1, justification, Bold: false, Center: false),
        new(4, 1, compliant ? text.Compliant : text.NonCompliant, bold, Center: true),
    ];

    /// <summary>
    /// The mark columns are as wide as their heading's longest word, the result column as its whole
    /// results; criteria and justifications share the rest, so their words are never broken. Where that
    /// would leave them too little (Russian), mark headings break at their soft hyphens and results
    /// between words instead.
    /// </summary>
    private static float[] Widths(PdfPages pages, ConclusionFormText text)
    {
        var head = pages.Font(true, HeaderSize);
        var mark = pages.Font(true, Size * MarkScale);
        var result = pages.Font(true, Size);
        float[] Layout(bool narrow)
        {
            float Column(params (SKFont Font, string Text, bool Phrase)[] texts) =>
                texts.Max(t => t.Phrase && !narrow ? result.MeasureText(t.Text) : TextWrap.Widest(t.Text, t.Font, narrow)) + (2 * Pad) + 2;
            var compliant = Column((head, text.Columns[1], false), (mark, ConclusionFormText.Mark, false));
            var nonCompliant = Column((head, text.Columns[2], false), (mark, ConclusionFormText.Mark, false));
            var results = Column((head, text.Columns[4], false), (result, text.Compliant, true), (result, text.NonCompliant, true));
            var rest = PdfPages.ContentWidth - compliant - nonCompliant - results;
            return [rest * 0.54f, compliant, nonCompliant, rest * 0.46f, results];
        }
        var roomy = Layout(narrow: false);
        return roomy[0] + roomy[3] >= PdfPages.ContentWidth * 0.6f ? roomy : Layout(narrow: true);
    }

    private float X(int column) => PdfPages.Left + widths.Take(column).Sum();

    private float Width(int column, int span) => widths.Skip(column).Take(span).Sum();

    private void Row(Cell[] cells, SKColor? fill, float keepWithNext, float size = Size, bool heading = false)
    {
        // The headings row itself moves to a plain new page; every other row to one that starts with headings.
        void Break()
        {
            if (heading)
            {
                pages.NewPage();
            }
            else
            {
                NextPage();
            }
        }

        var lh = PdfPages.LineHeight(size);
        var lines = Wrap(cells, size);
        var total = Math.Max(1, lines.Max(l => l.Count));
        var height = (total * lh) + (2 * Pad);

        // Move a whole row to the next page when it fits there; split it only when it is taller than a page.
        var room = PdfPages.UsableHeight - (heading ? 0 : HeaderHeight());
        if (height + keepWithNext > pages.Remaining && height + keepWithNext <= room)
        {
            Break();
        }
        var start = 0;
        while (start < total)
        {
            var fit = (int)Math.Floor((pages.Remaining - (2 * Pad)) / lh);
            if (fit < 1)
            {
                Break();
                continue;
            }
            var count = Math.Min(fit, total - start);
            Segment(cells, lines, start, count, total, fill, size);
            start += count;
            if (start < total)
            {
                Break();
            }
        }
    }

    private void Segment(Cell[] cells, List<string>[] lines, int start, int count, int total, SKColor? fill, float size)
    {
        var lh = PdfPages.LineHeight(size);
        var height = (count * lh) + (2 * Pad);
        var whole = start == 0 && count == total;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            var x = X(cell.Column);
            var w = Width(cell.Column, cell.Span);
            pages.Rect(new SKRect(x, pages.Y, x + w, pages.Y + height), fill);
            var font = pages.Font(cell.Bold, size * cell.Scale);
            // Centred cells (marks, results, headings) also sit in the vertical middle of an unsplit row;
            // a larger mark is centred on the row's line.
            var top = pages.Y + Pad + (whole && cell.Center ? (total - lines[i].Count) * lh / 2 : 0)
                - ((PdfPages.LineHeight(font.Size) - lh) / 2);
            for (var l = start; l < Math.Min(start + count, lines[i].Count); l++)
            {
                var anchor = cell.Center ? x + (w / 2) : x + Pad;
                pages.Text(lines[i][l], anchor, top + ((l - start) * lh), font, cell.Center ? SKTextAlign.Center : SKTextAlign.Left);
            }
        }
        pages.Y += height;
    }

    private List<string>[] Wrap(Cell[] cells, float size) =>
        [.. cells.Select(c => TextWrap.Lines(c.Text, pages.Font(c.Bold, size * c.Scale), Width(c.Column, c.Span) - (2 * Pad)))];

    private float Height(Cell[] cells, float size) =>
        (Math.Max(1, Wrap(cells, size).Max(l => l.Count)) * PdfPages.LineHeight(size)) + (2 * Pad);

    private float HeaderHeight() =>
        Height(HeaderCells(), HeaderSize);

    private void NextPage()
    {
        pages.NewPage();
        Header(keepWithNext: 0);
    }
}
