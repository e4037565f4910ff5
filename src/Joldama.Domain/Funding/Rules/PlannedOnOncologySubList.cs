using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding.Rules;

/// <summary>
/// Seed 000, Table 1 rows 26–29: oncology technologies «в рамках консультативно-диагностической
/// помощи» under ГОБМП. They are outpatient care, so the emergency/planned split of Table 1 does
/// not bind them: planned use is free too. Today every such code is also on Table 2, which decides
/// first; this rule covers a future sub-list code that is not.
/// </summary>
public sealed class PlannedOnOncologySubList : IFundingRule
{
    public string Id => "planned-oncology-sub-list";

    public FundingDecision? Evaluate(FundingContext context)
    {
        if (context.Case.Form != Hospitalization.Planned || context.RowOn(1) is not { OncologySubList: true } row)
        {
            return null;
        }

        return context.Decide(Id, FundingOutcome.Covered, FundingStream.Gobmp,
            new BilingualText(
                $"Код 1-кестенің онкологиялық тізбесінде ({row.Row}-жол), консультациялық-диагностикалық көмек шеңберінде: бюджет есебінен тегін.",
                $"Код в онкологическом подсписке таблицы 1 (строка {row.Row}), в рамках консультативно-диагностической помощи: бесплатно за счёт бюджета."),
            context.Provisions.ListRow(row));
    }
}
