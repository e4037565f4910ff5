using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding.Rules;

/// <summary>
/// Seed 000, Table 3: HTMC types within ОСМС at planned hospitalization. Insured: the Fund pays.
/// Uninsured: the type is outside ГОБМП, so §8 of seed 001 leaves the paid basis.
/// </summary>
public sealed class PlannedOnTable3 : IFundingRule
{
    public string Id => "planned-table-3";

    public FundingDecision? Evaluate(FundingContext context)
    {
        if (context.Case.Form != Hospitalization.Planned || context.RowOn(3) is not { } row)
        {
            return null;
        }

        return context.Case.Insured
            ? context.Decide(Id, FundingOutcome.Covered, FundingStream.Osms,
                new BilingualText(
                    $"Код жоспарлы емдеуге жатқызу кезінде МӘМС жүйесіндегі 3-кестеде ({row.Row}-жол); пациент сақтандырылған: ӘМСҚ төлейді.",
                    $"Код есть в таблице 3 (строка {row.Row}) — ОСМС при плановой госпитализации; пациент застрахован: оплачивает ФСМС."),
                context.Provisions.ListRow(row), context.Provisions.OsmsInpatient(Hospitalization.Planned))
            : context.Decide(Id, FundingOutcome.NotCovered, FundingStream.Paid,
                new BilingualText(
                    $"Код жоспарлы емдеуге жатқызу кезінде МӘМС жүйесіндегі 3-кестеде ({row.Row}-жол), ал пациент сақтандырылмаған: ТМККК-ға кірмейтін қызмет ақылы негізде (8-тармақ).",
                    $"Код есть в таблице 3 (строка {row.Row}) — ОСМС при плановой госпитализации, а пациент не застрахован: услуга вне ГОБМП оказывается на платной основе (п. 8)."),
                context.Provisions.ListRow(row), context.Provisions.PaidBasisParagraph8);
    }
}
