using Joldama.Domain.Catalog;

namespace Joldama.Domain.Funding.Rules;

/// <summary>
/// A planned case whose code stands only on Table 1 (emergency), e.g. "35.2": no list covers its
/// planned use, so it is given on a paid basis (§8). "35.2" is very likely the "35.21" of Table 3
/// under a shortened code (docs/catalog-notes.md); we answer by the letter and say so.
/// </summary>
public sealed class PlannedOnTable1Only : IFundingRule
{
    public string Id => "planned-table-1-only";

    public FundingDecision? Evaluate(FundingContext context)
    {
        if (context.Case.Form != Hospitalization.Planned || context.RowOn(1) is not { } row)
        {
            return null;
        }

        return context.Decide(Id, FundingOutcome.NotCovered, FundingStream.Paid,
            new BilingualText(
                $"Код тек 1-кестеде ({row.Row}-жол), ол тек шұғыл емдеуге жатқызуды қамтиды; жоспарлы көмекті ешбір тізбе қамтымайды: ақылы негізде (8-тармақ).",
                $"Код есть только в таблице 1 (строка {row.Row}), которая охватывает лишь экстренную госпитализацию; плановую помощь ни один перечень не покрывает: на платной основе (п. 8)."),
            context.Provisions.ListRow(row), context.Provisions.PaidBasisParagraph8);
    }
}
