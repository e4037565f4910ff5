using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding.Rules;

/// <summary>
/// Seed 000, Table 2: HTMC types within ГОБМП and ОСМС at planned hospitalization. Our reading:
/// the Fund pays for an insured patient (ОСМС), the budget for an uninsured one (ГОБМП) — the
/// table puts the type in both systems, so nobody pays out of pocket.
/// </summary>
public sealed class PlannedOnTable2 : IFundingRule
{
    public string Id => "planned-table-2";

    public FundingDecision? Evaluate(FundingContext context)
    {
        if (context.Case.Form != Hospitalization.Planned || context.RowOn(2) is not { } row)
        {
            return null;
        }

        return context.Case.Insured
            ? context.Decide(Id, FundingOutcome.Covered, FundingStream.Osms,
                new BilingualText(
                    $"Код жоспарлы емдеуге жатқызу кезінде ТМККК және МӘМС шеңберіндегі 2-кестеде ({row.Row}-жол); пациент сақтандырылған: ӘМСҚ төлейді.",
                    $"Код есть в таблице 2 (строка {row.Row}) — ГОБМП и ОСМС при плановой госпитализации; пациент застрахован: оплачивает ФСМС."),
                context.Provisions.ListRow(row), context.Provisions.OsmsInpatient(Hospitalization.Planned))
            : context.Decide(Id, FundingOutcome.Covered, FundingStream.Gobmp,
                new BilingualText(
                    $"Код 2-кестеде ({row.Row}-жол), ол ТМККК-ны да қамтиды; пациент сақтандырылмаған: бюджет есебінен тегін.",
                    $"Код есть в таблице 2 (строка {row.Row}), которая включает и ГОБМП; пациент не застрахован: бесплатно за счёт бюджета."),
                context.Provisions.ListRow(row));
    }
}
