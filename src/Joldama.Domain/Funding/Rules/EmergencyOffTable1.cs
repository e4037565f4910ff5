using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding.Rules;

/// <summary>
/// An emergency case whose code is an HTMC type but not on Table 1. Seed 002 item 4.2 puts
/// emergency inpatient specialized, incl. high-tech, care into ОСМС (outside ГОБМП cases): the Fund
/// pays for an insured patient; an uninsured one is left with the paid basis of §8.
/// </summary>
public sealed class EmergencyOffTable1 : IFundingRule
{
    public string Id => "emergency-off-table-1";

    public FundingDecision? Evaluate(FundingContext context)
    {
        if (context.Case.Form != Hospitalization.Emergency || context.RowOn(1) is not null || context.Rows.Count == 0)
        {
            return null;
        }

        var row = context.Rows[0];
        return context.Case.Insured
            ? context.Decide(Id, FundingOutcome.Covered, FundingStream.Osms,
                new BilingualText(
                    $"Код шұғыл көмектің 1-кестесінде жоқ, бірақ {row.List.Table}-кестеде ({row.Row}-жол); МӘМС шұғыл стационарлық ЖТМК-ны қамтиды (№ 421 қаулы, 4-тармақ 2) тармақша); пациент сақтандырылған: ӘМСҚ төлейді.",
                    $"Кода нет в таблице 1 (экстренная помощь), он есть в таблице {row.List.Table} (строка {row.Row}); ОСМС покрывает экстренную стационарную ВТМП (постановление № 421, п. 4 пп. 2)); пациент застрахован: оплачивает ФСМС."),
                context.Provisions.ListRow(row), context.Provisions.OsmsInpatient(Hospitalization.Emergency))
            : context.Decide(Id, FundingOutcome.NotCovered, FundingStream.Paid,
                new BilingualText(
                    $"Код шұғыл көмектің 1-кестесінде жоқ, бірақ {row.List.Table}-кестеде ({row.Row}-жол); пациент сақтандырылмаған: ТМККК-ға кірмейтін қызмет ақылы негізде (8-тармақ).",
                    $"Кода нет в таблице 1 (экстренная помощь), он есть в таблице {row.List.Table} (строка {row.Row}); пациент не застрахован: услуга вне ГОБМП оказывается на платной основе (п. 8)."),
                context.Provisions.ListRow(row), context.Provisions.PaidBasisParagraph8);
    }
}
