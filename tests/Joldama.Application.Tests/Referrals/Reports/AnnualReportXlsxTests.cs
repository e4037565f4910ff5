using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Joldama.Application.Conformity.Printing;
using Joldama.Application.Referrals.Reports;
using Joldama.Domain.Referrals.FollowUp;

namespace Joldama.Application.Tests.Referrals.Reports;

public class AnnualReportXlsxTests
{
    private const string Region = "Алматы облысы";

    private static Dictionary<string, Cell> Cells(byte[] bytes, out string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        sheetName = sheet.Name!.Value!;
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => (Cell)c.CloneNode(true), StringComparer.Ordinal);
    }

    private static string Text(Cell cell)
    {
        Assert.Equal(CellValues.InlineString, cell.DataType?.Value);
        return cell.InlineString!.InnerText;
    }

    private static decimal Number(Cell cell)
    {
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{cell.CellReference} is not a number cell");
        Assert.Null(cell.InlineString);
        return decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Write_IsAValidWorkbook()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(AnnualReportXlsx.Write(AnnualReportSample.Report, Region, PrintLanguage.Kk)), isEditable: false);

        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Write_Kazakh_TitleHeaderRowsTotals()
    {
        var cells = Cells(AnnualReportXlsx.Write(AnnualReportSample.Report, Region, PrintLanguage.Kk), out var sheet);

        Assert.Equal("Есеп", sheet);
        Assert.Contains("Алматы облысы, 2025 жыл", Text(cells["A1"]), StringComparison.Ordinal);
        Assert.StartsWith("ЖТМК көрсетілгеннен кейін", Text(cells["A1"]), StringComparison.Ordinal);
        Assert.StartsWith("31.03.2026", Text(cells["A2"]), StringComparison.Ordinal);
        Assert.Equal("ЖТМК коды", Text(cells["A3"]));
        Assert.Equal("Бір жылдық нәтижесі белгісіз", Text(cells["K3"]));

        Assert.Equal("35.21", Text(cells["A4"]));
        Assert.Equal(AnnualReportSample.Cardio, Text(cells["B4"]));
        Assert.Equal([3m, 1m, 0m, 1m, 33.3m, 2m, 3m, 66.7m, 0m], "CDEFGHIJK".Select(c => Number(cells[$"{c}4"])));

        Assert.Equal(AnnualReportSample.Neuro, Text(cells["B5"])); // a text cell is never a formula: kept as it is
        Assert.False(cells.ContainsKey("J5")); // no known outcome: no survival percentage

        Assert.Equal("Барлығы", Text(cells["A6"]));
        Assert.Equal([4m, 1m, 1m, 1m, 25m, 2m, 3m, 66.7m, 0m], "CDEFGHIJK".Select(c => Number(cells[$"{c}6"])));
        Assert.DoesNotContain(cells.Keys, k => k.EndsWith('7'));
    }

    [Fact]
    public void Write_PercentagesShownWithOneDecimal_TotalsBold()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(AnnualReportXlsx.Write(AnnualReportSample.Report, Region, PrintLanguage.Ru)), isEditable: false);
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var cells = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
        var numberFormats = styles.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);

        Assert.Equal("0.0", numberFormats[formats[(int)cells["G4"].StyleIndex!.Value].NumberFormatId!.Value]);
        var totalFont = styles.Fonts!.Elements<Font>().ElementAt((int)formats[(int)cells["C6"].StyleIndex!.Value].FontId!.Value);
        Assert.NotNull(totalFont.Bold);
    }

    [Fact]
    public void Write_Russian_Texts()
    {
        var cells = Cells(AnnualReportXlsx.Write(AnnualReportSample.Report, "г. Астана", PrintLanguage.Ru), out var sheet);

        Assert.Equal("Отчёт", sheet);
        Assert.EndsWith("г. Астана, 2025 год", Text(cells["A1"]), StringComparison.Ordinal);
        Assert.Equal("Код ВТМП", Text(cells["A3"]));
        Assert.Equal("Итого", Text(cells["A6"]));
    }

    [Fact]
    public void Write_EmptyReport_TitleHeaderAndZeroTotals()
    {
        var cells = Cells(AnnualReportXlsx.Write(AnnualReport.Build([], 2025, AnnualReportSample.D("2026-01-15")), Region, PrintLanguage.Kk), out _);

        Assert.Equal("Барлығы", Text(cells["A4"]));
        Assert.Equal(0m, Number(cells["C4"]));
        Assert.False(cells.ContainsKey("G4"));
    }
}
