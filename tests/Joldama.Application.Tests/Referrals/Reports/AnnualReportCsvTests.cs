using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Joldama.Application.Conformity.Printing;
using Joldama.Application.Referrals.Reports;
using Joldama.Domain.Referrals.FollowUp;

namespace Joldama.Application.Tests.Referrals.Reports;

public class AnnualReportCsvTests
{
    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Parser.Record!);
        }

        return rows;
    }

    [Fact]
    public void Write_StartsWithUtf8Bom()
    {
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, AnnualReportCsv.Write(AnnualReportSample.Report, PrintLanguage.Kk)[..3]);
    }

    [Fact]
    public void Write_Kazakh_RoundTripsHeaderRowsAndTotals()
    {
        var rows = Read(AnnualReportCsv.Write(AnnualReportSample.Report, PrintLanguage.Kk));

        Assert.Equal(4, rows.Count); // header, two rows, totals
        Assert.Equal(["ЖТМК коды", "ЖТМК көрсеткен ұйым", "Шығарылған пациенттер"], rows[0][..3]);
        Assert.Equal("Бір жылдық өмір сүру, %", rows[0][9]);
        Assert.Equal(["35.21", AnnualReportSample.Cardio, "3", "1", "0", "1", "33,3", "2", "3", "66,7", "0"], rows[1]);
        Assert.Equal(["81.08", "'" + AnnualReportSample.Neuro, "1", "0", "1", "0", "0,0", "0", "0", "", "0"], rows[2]);
        Assert.Equal(["Барлығы", "", "4", "1", "1", "1", "25,0", "2", "3", "66,7", "0"], rows[3]);
    }

    [Fact]
    public void Write_Russian_HeaderInRussian()
    {
        var rows = Read(AnnualReportCsv.Write(AnnualReportSample.Report, PrintLanguage.Ru));

        Assert.Equal(["Код ВТМП", "Организация, оказавшая ВТМП", "Выписано пациентов"], rows[0][..3]);
        Assert.Equal("Итого", rows[^1][0]);
        Assert.Equal(AnnualReportSample.Cardio, rows[1][1]); // the provider's name is data, not translated
    }

    [Fact]
    public void Write_EmptyReport_HeaderAndZeroTotals()
    {
        var rows = Read(AnnualReportCsv.Write(AnnualReport.Build([], 2025, AnnualReportSample.D("2026-01-15")), PrintLanguage.Ru));

        Assert.Equal(2, rows.Count);
        Assert.Equal(["Итого", "", "0", "0", "0", "0", "", "0", "0", "", "0"], rows[1]);
    }
}
