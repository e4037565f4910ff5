using System.Globalization;
using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding.Rules;

/// <summary>The provisions funding rules cite, resolved once against the loaded acts.</summary>
public sealed class Provisions(HtmcCatalog catalog)
{
    /// <summary>Seed 001 §8: services outside ГОБМП are given within ОСМС or on a paid basis.</summary>
    public LegalBasis PaidBasisParagraph8 => Paragraph("dsm-238-2020", "8-тармақ", "п. 8", "142-144");

    public LegalBasis ListRow(ListEntry row) => new(
        row.List.Act.Id,
        row.List.Act.Number,
        new BilingualText(
            string.Create(CultureInfo.InvariantCulture, $"{row.List.Table}-кесте, {row.Row}-жол"),
            string.Create(CultureInfo.InvariantCulture, $"Таблица {row.List.Table}, строка {row.Row}")),
        row.Source);

    /// <summary>Seed 002, item 4: specialized, incl. high-tech, inpatient care within ОСМС (4.1 planned, 4.2 emergency).</summary>
    public LegalBasis OsmsInpatient(Hospitalization form)
    {
        var coverage = form == Hospitalization.Planned ? OsmsCoverage.InpatientPlanned : OsmsCoverage.InpatientEmergency;
        var item = catalog.OsmsScope.FirstOrDefault(i => i.Covers == coverage);
        var number = form == Hospitalization.Planned ? "1" : "2";
        return new LegalBasis(
            item?.Act.Id ?? "decree-421-2019",
            item?.Act.Number ?? "421",
            new BilingualText($"4-тармақ {number}) тармақша", $"п. 4 пп. {number})"),
            item?.Source);
    }

    private LegalBasis Paragraph(string actId, string kk, string ru, string lines)
    {
        var act = catalog.Acts.FirstOrDefault(a => a.Id == actId);
        return new LegalBasis(actId, act?.Number ?? actId, new BilingualText(kk, ru), act is null ? null : new SeedReference(act.Seed, ru, lines));
    }
}
