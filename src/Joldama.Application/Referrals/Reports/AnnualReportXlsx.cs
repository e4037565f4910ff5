using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Joldama.Application.Conformity.Printing;
using Joldama.Domain.Referrals.FollowUp;

namespace Joldama.Application.Referrals.Reports;

/// <summary>
/// The §42 annual report as an Excel workbook, one sheet: the title (report, region, year), the as-of date, the header,
/// one row per code and provider, the totals row. Counts and percentages are number cells (percentages shown as 0.0);
/// an undefined percentage is an empty cell.
/// </summary>
public static class AnnualReportXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Row numbers (1-based) of the fixed rows; data rows follow the header, the totals row is the last.</summary>
    public const int TitleRow = 1, AsOfRow = 2, HeaderRow = 3;

    private const uint PlainStyle = 0, BoldStyle = 1, PercentStyle = 2, BoldPercentStyle = 3, HeaderStyle = 4;
    private const uint PercentFormatId = 164; // the first id free for a workbook's own formats

    public static byte[] Write(AnnualReport report, string regionName, PrintLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new AnnualReportText(language);
        var rows = new SheetData();
        rows.Append(NewRow(TitleRow, [text.Title(regionName, report.Year)], BoldStyle));
        rows.Append(NewRow(AsOfRow, [text.AsOf(report.AsOf)], PlainStyle));
        rows.Append(NewRow(HeaderRow, [.. text.Header], HeaderStyle));
        var number = HeaderRow;
        foreach (var (cells, isTotal) in AnnualReportColumns.Rows(report, text.Total))
        {
            rows.Append(NewRow(++number, cells, isTotal ? BoldStyle : PlainStyle));
        }

        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(Widths(text.Header.Count), rows);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = text.Sheet }));
        }

        return output.ToArray();
    }

    /// <summary>The column letter of a 0-based index (the report has fewer than 27 columns).</summary>
    public static string ColumnLetter(int index) => ((char)('A' + index)).ToString();

    private static Row NewRow(int number, IReadOnlyList<object?> cells, uint style)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnLetter(i) + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Cell? cell = cells[i] switch
            {
                null => null,
                string s => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)), StyleIndex = style },
                int count => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(count), StyleIndex = style },
                decimal percent => new Cell
                {
                    CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(percent),
                    StyleIndex = style == BoldStyle ? BoldPercentStyle : PercentStyle,
                },
                var other => throw new ArgumentOutOfRangeException(nameof(cells), other, "Unexpected cell type."),
            };
            if (cell is not null)
            {
                row.Append(cell);
            }
        }

        return row;
    }

    private static Columns Widths(int count)
    {
        var columns = new Columns(
            new Column { Min = 1, Max = 1, Width = 12, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 48, CustomWidth = true });
        columns.Append(new Column { Min = 3, Max = (uint)count, Width = 16, CustomWidth = true });
        return columns;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0" }) { Count = 1 },
        new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat(), // PlainStyle
            new CellFormat { FontId = 1, ApplyFont = true }, // BoldStyle
            new CellFormat { NumberFormatId = PercentFormatId, ApplyNumberFormat = true }, // PercentStyle
            new CellFormat { FontId = 1, ApplyFont = true, NumberFormatId = PercentFormatId, ApplyNumberFormat = true }, // BoldPercentStyle
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, ApplyFont = true, ApplyAlignment = true }) // HeaderStyle
        { Count = 5 });

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        return font;
    }
}
