using Joldama.Domain.Catalog;
using Joldama.Domain.Funding.Rules;
using Joldama.Domain.Shared;

namespace Joldama.Domain.Funding;

/// <summary>
/// Decides which stream pays for a case. The rules are asked in this order and the first that
/// decides wins (see README.md beside this file for the reading of the law behind each):
/// emergency on Table 1; planned on Table 2; planned on Table 1's oncology sub-list; planned on
/// Table 3; emergency off Table 1; planned on Table 1 only.
/// </summary>
public sealed class FundingDecider
{
    private static readonly IFundingRule[] Rules =
    [
        new EmergencyOnTable1(),
        new PlannedOnTable2(),
        new PlannedOnOncologySubList(),
        new PlannedOnTable3(),
        new EmergencyOffTable1(),
        new PlannedOnTable1Only(),
    ];

    private readonly HtmcCatalog _catalog;
    private readonly Provisions _provisions;

    public FundingDecider(HtmcCatalog catalog)
    {
        _catalog = catalog;
        _provisions = new Provisions(catalog);
    }

    public static IReadOnlyList<string> RuleOrder { get; } = Rules.Select(r => r.Id).ToArray();

    public Result<FundingDecision> Decide(FundingCase fundingCase)
    {
        ArgumentNullException.ThrowIfNull(fundingCase);
        if (!_catalog.Lists.Any(l => l.Act.InForceOn(fundingCase.Date)))
        {
            return new NoListInForce(fundingCase.Date);
        }

        var view = _catalog.Get(fundingCase.Code, fundingCase.Date);
        if (view.IsError)
        {
            return view.Error;
        }

        var rows = view.Value.Lists;
        if (rows.Count == 0)
        {
            return new FundingDecision(fundingCase, FundingOutcome.NotHtmc, null, "not-on-a-list", [], rows,
                new BilingualText(
                    $"{fundingCase.Code} коды {fundingCase.Date:dd.MM.yyyy} күні қолданыстағы ЖТМК түрлерінің ешбір тізбесінде жоқ: бұл ЖТМК емес.",
                    $"Кода {fundingCase.Code} нет ни в одной таблице перечня видов ВТМП, действовавшего на {fundingCase.Date:dd.MM.yyyy}: это не ВТМП."));
        }

        var context = new FundingContext(fundingCase, rows, _provisions);
        foreach (var rule in Rules)
        {
            if (rule.Evaluate(context) is { } decision)
            {
                return decision;
            }
        }

        throw new InvalidOperationException($"No funding rule decided {fundingCase}; the rule set has a gap.");
    }
}
