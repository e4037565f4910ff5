using System.Globalization;
using System.Text;
using CsvHelper;
using Joldama.Data.Abroad;

namespace Joldama.Application.Abroad.Sessions;

/// <summary>The agenda of a session as a CSV document (UTF-8 with BOM, so spreadsheet programs read Kazakh letters): one line per offer of each case.</summary>
public static class AgendaCsv
{
    public static readonly string[] Columns = ["number", "patient", "iin", "diagnosis", "indication", "continuation", "clinic", "country", "program", "currency", "amount", "declined"];

    public static byte[] Write(IEnumerable<AgendaItem> items, Func<string, string> header, Func<AbroadCaseRecord, string?> indicationName)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(indicationName);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(header(column));
            }

            csv.NextRecord();
            foreach (var item in items)
            {
                // A case without offers still gets its line: the commission sees it is on the agenda.
                foreach (var offer in item.Offers.Count == 0 ? [null] : item.Offers.Cast<AbroadOfferRecord?>())
                {
                    csv.WriteField(item.Case.Number);
                    csv.WriteField(item.PatientName);
                    csv.WriteField(item.PatientIin);
                    csv.WriteField(item.Case.Diagnosis);
                    csv.WriteField(indicationName(item.Case));
                    csv.WriteField(item.Case.ContinuationOfTreatment ? "+" : string.Empty);
                    csv.WriteField(offer?.ClinicName);
                    csv.WriteField(offer?.Country);
                    csv.WriteField(offer?.Program);
                    csv.WriteField(offer?.Currency);
                    csv.WriteField(offer?.Amount?.ToString("0.00", CultureInfo.InvariantCulture));
                    csv.WriteField(offer?.Declined == true ? "+" : string.Empty);
                    csv.NextRecord();
                }
            }
        }

        return stream.ToArray();
    }
}
