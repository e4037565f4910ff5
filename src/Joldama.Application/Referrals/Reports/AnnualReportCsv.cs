using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Joldama.Application.Conformity.Printing;
using Joldama.Application.Conformity.Resources;
using Joldama.Domain.Referrals.FollowUp;

namespace Joldama.Application.Referrals.Reports;

/// <summary>
/// The §42 annual report as CSV for a spreadsheet: UTF-8 with a BOM (so Excel reads the Kazakh letters), ";" between
/// fields, the header in the chosen language, one row per code and provider, then the totals row. Percentages carry the
/// language's decimal comma; an undefined one (no cases, no known outcome) is an empty field.
/// </summary>
public static class AnnualReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(AnnualReport report, PrintLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new AnnualReportText(language);
        using var output = new MemoryStream();
        using (var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ResourceCsv.ExportDelimiter }))
        {
            foreach (var title in text.Header)
            {
                csv.WriteField(title);
            }

            csv.NextRecord();
            foreach (var (cells, _) in AnnualReportColumns.Rows(report, text.Total))
            {
                foreach (var cell in cells)
                {
                    csv.WriteField(Field(cell, text.Culture));
                }

                csv.NextRecord();
            }
        }

        return output.ToArray();
    }

    private static string Field(object? cell, CultureInfo culture) => cell switch
    {
        null => string.Empty,
        int count => count.ToString(CultureInfo.InvariantCulture),
        decimal percent => percent.ToString("0.0", culture),
        // A spreadsheet runs a cell starting with = + - @ as a formula (CSV injection): keep it text.
        string { Length: > 0 } s when "=+-@".Contains(s[0], StringComparison.Ordinal) => "'" + s,
        string s => s,
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell, "Unexpected cell type."),
    };
}
