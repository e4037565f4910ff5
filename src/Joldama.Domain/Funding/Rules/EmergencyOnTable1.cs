using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding.Rules;

/// <summary>Seed 000, Table 1: HTMC types within ГОБМП at emergency hospitalization — free for everyone.</summary>
public sealed class EmergencyOnTable1 : IFundingRule
{
    public string Id => "emergency-table-1";

    public FundingDecision? Evaluate(FundingContext context)
    {
        if (context.Case.Form != Hospitalization.Emergency || context.RowOn(1) is not { } row)
        {
            return null;
        }

        return context.Decide(Id, FundingOutcome.Covered, FundingStream.Gobmp,
            new BilingualText(
                $"Код шұғыл емдеуге жатқызу кезінде ТМККК шеңберіндегі тізбенің 1-кестесінде ({row.Row}-жол): сақтандыруға қарамастан тегін, бюджет есебінен.",
                $"Код есть в таблице 1 перечня (строка {row.Row}) — ВТМП в рамках ГОБМП при экстренной госпитализации: бесплатно за счёт бюджета, независимо от страхования."),
            context.Provisions.ListRow(row));
    }
}
