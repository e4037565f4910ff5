using System.CommandLine;
using Joldama.Application.Funding;
using Joldama.Domain.Shared;

namespace Joldama.Cli.Commands;

/// <summary><c>funding --code C --form emergency|planned --insured yes|no [--date YYYY-MM-DD]</c>, printing JSON.</summary>
internal static class FundingCommand
{
    public static Command Create(CliContext cli)
    {
        var code = new Option<string>("--code") { Description = "HTMC code, e.g. 35.21", Required = true };
        var form = new Option<string>("--form") { Description = "emergency or planned", Required = true };
        var insured = new Option<string>("--insured") { Description = "yes or no: insured in ОСМС", Required = true };
        var date = new Option<string?>("--date") { Description = "YYYY-MM-DD; default today in Kazakhstan" };
        var command = new Command("funding", "Which stream pays: ГОБМП, ОСМС or paid basis, and why") { code, form, insured, date };
        command.SetAction(cli.Action(parse =>
        {
            var decision = FundingQuery.Parse(parse.GetValue(code), parse.GetValue(form), parse.GetValue(insured), parse.GetValue(date), cli.Clock.TodayInKazakhstan())
                .Bind(cli.Law.Funding.Decide);
            if (decision.IsError)
            {
                return cli.Fail(decision.Error);
            }

            cli.WriteJson(FundingDecisionJson.From(decision.Value));
            return CliApp.Success;
        }));
        return command;
    }
}
