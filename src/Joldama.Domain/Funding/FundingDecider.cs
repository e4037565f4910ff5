using System.Collections.Frozen;
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

    // The rules depend on the code, the form, insurance and what is in force — not on the day
    // within an epoch — so every answer is worked out once at start and a decision is a lookup.
    private readonly FrozenDictionary<(HtmcCode Code, int Epoch, Hospitalization Form, bool Insured), FundingDecision> _decided;
    private readonly bool[] _listInForceByEpoch;

    public FundingDecider(HtmcCatalog catalog)
    {
        _catalog = catalog;
        _provisions = new Provisions(catalog);
        var epochCount = catalog.EpochStarts.Count + 1;
        _listInForceByEpoch = Enumerable.Range(0, epochCount)
            .Select(e => e > 0 && catalog.Lists.Any(l => l.Act.InForceOn(catalog.EpochStarts[e - 1])))
            .ToArray();
        var decided = new Dictionary<(HtmcCode, int, Hospitalization, bool), FundingDecision>();
        foreach (var code in catalog.Codes)
        {
            for (var epoch = 1; epoch < epochCount; epoch++)
            {
                var rows = catalog.InEpoch(code, epoch)!.Lists;
                if (rows.Count == 0)
                {
                    continue; // not HTMC in this epoch: answered per request, its text names the date
                }

                foreach (var form in Enum.GetValues<Hospitalization>())
                {
                    foreach (var insured in (bool[])[false, true])
                    {
                        var question = new FundingCase(code, form, catalog.EpochStarts[epoch - 1], insured);
                        decided[(code, epoch, form, insured)] = ApplyRules(question, rows);
                    }
                }
            }
        }

        _decided = decided.ToFrozenDictionary();
    }

    public static IReadOnlyList<string> RuleOrder { get; } = Rules.Select(r => r.Id).ToArray();

    public Result<FundingDecision> Decide(FundingCase fundingCase)
    {
        ArgumentNullException.ThrowIfNull(fundingCase);
        var epoch = _catalog.EpochOf(fundingCase.Date);
        if (!_listInForceByEpoch[epoch])
        {
            return new NoListInForce(fundingCase.Date);
        }

        if (_decided.TryGetValue((fundingCase.Code, epoch, fundingCase.Form, fundingCase.Insured), out var decided))
        {
            return decided with { Case = fundingCase };
        }

        var view = _catalog.InEpoch(fundingCase.Code, epoch);
        if (view is null)
        {
            return new CodeUnknown(fundingCase.Code);
        }

        var rows = view.Lists;
        if (rows.Count == 0)
        {
            return new FundingDecision(fundingCase, FundingOutcome.NotHtmc, null, "not-on-a-list", [], rows,
                new BilingualText(
                    $"{fundingCase.Code} коды {fundingCase.Date:dd.MM.yyyy} күні қолданыстағы ЖТМК түрлерінің ешбір тізбесінде жоқ: бұл ЖТМК емес.",
                    $"Кода {fundingCase.Code} нет ни в одной таблице перечня видов ВТМП, действовавшего на {fundingCase.Date:dd.MM.yyyy}: это не ВТМП."));
        }

        return ApplyRules(fundingCase, rows);
    }

    private FundingDecision ApplyRules(FundingCase fundingCase, IReadOnlyList<ListEntry> rows)
    {
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
