using System.CommandLine;
using System.Globalization;
using Joldama.Application.Audit;
using Joldama.Application.Conformity.Printing;
using Joldama.Application.Referrals.Reports;
using Joldama.Application.Shared;
using Joldama.Domain.Access;
using Joldama.Domain.Referrals;

namespace Joldama.Cli.Commands;

/// <summary>
/// <c>referral due DEADLINE STARTED-AT</c>, <c>referral transitions [--from STATE]</c> and
/// <c>referral report YEAR --region R --format csv|xlsx --out FILE</c>: the same rules and data as the API.
/// </summary>
internal static class ReferralCommands
{
    public static Command Create(CliContext cli) => new("referral", "The referral workflow (seed 001 §31–42)")
    {
        Due(cli), Transitions(cli), Report(cli),
    };

    private static Command Due(CliContext cli)
    {
        var deadline = new Argument<string>("deadline") { Description = "commission-review (§35.1) | provider-review (§38) | inform-patient (§39)" };
        var startedAt = new Argument<string>("started-at") { Description = "The moment the step began, ISO 8601 with offset, e.g. 2026-10-23T18:30+05:00" };
        var command = new Command("due", "The last day of a referral deadline started at a moment (working days, Asia/Almaty)") { deadline, startedAt };
        command.SetAction(cli.Action(parse =>
        {
            var which = InputEnums.Parse<ReferralDeadline>(parse.GetValue(deadline), "deadline");
            var text = parse.GetValue(startedAt) ?? string.Empty;
            var due = which.Bind(d => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) && text.Contains('T', StringComparison.Ordinal)
                ? ReferralDeadlines.Due(cli.Law.Calendar, cli.Law.Referrals, d, moment)
                : new InputInvalid("started-at", text, "an ISO 8601 moment with offset"));
            if (due.IsError)
            {
                return cli.Fail(due.Error);
            }

            cli.Output.WriteLine(due.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return CliApp.Success;
        }));
        return command;
    }

    private static Command Transitions(CliContext cli)
    {
        var from = new Option<string?>("--from") { Description = "Only the transitions out of this state" };
        var command = new Command("transitions", "The state machine's table: from, trigger, to, who, what the step needs, the seed place (JSON)") { from };
        command.SetAction(cli.Action(parse =>
        {
            IEnumerable<ReferralTransition> rows = ReferralWorkflow.Transitions;
            if (parse.GetValue(from) is { } text)
            {
                var state = InputEnums.Parse<ReferralState>(text, "from");
                if (state.IsError)
                {
                    return cli.Fail(state.Error);
                }

                rows = rows.Where(r => r.From == state.Value);
            }

            cli.WriteJson(rows.Select(r => new
            {
                from = InputEnums.Kebab(r.From), trigger = InputEnums.Kebab(r.Trigger), to = InputEnums.Kebab(r.To),
                by = r.By.Select(InputEnums.Kebab), requires = r.Requires.Select(InputEnums.Kebab), seed = r.Place,
            }));
            return CliApp.Success;
        }));
        return command;
    }

    private static Command Report(CliContext cli)
    {
        var year = new Argument<int>("year") { Description = "The reporting year" };
        var region = new Option<string>("--region") { Description = "Region code (the regional health department's)", Required = true };
        var format = new Option<string>("--format") { Description = "csv | xlsx", DefaultValueFactory = _ => "csv" };
        var output = new Option<string>("--out") { Description = "The file to write", Required = true };
        var command = new Command("report", "§42: the annual report of a region from the configured database (Database__Provider, Database__ConnectionString)")
        {
            year, region, format, output,
        };
        command.SetAction(cli.Action(parse =>
        {
            var kazakh = Application.Localization.UiLanguage.IsKazakh;
            var regionCode = parse.GetValue(region)!;
            if (cli.Law.Regions.Find(regionCode) is not { } found)
            {
                return cli.Fail(new InputInvalid("region", regionCode, "a region code"));
            }

            var (db, _) = CliContext.OpenDatabase();
            using var context = db;
            // The CLI reads as the region's analyst would: the cases of that region.
            var scope = new AccessScope(Guid.Empty, Role.RegionalAnalyst, Guid.Empty, regionCode, null);
            var service = new AnnualReportService(context, cli.Law, new AuditLog(context, cli.Clock), cli.Clock);
            var built = service.BuildAsync(scope, parse.GetValue(year), AuditActor.System).GetAwaiter().GetResult();
            var language = kazakh ? PrintLanguage.Kk : PrintLanguage.Ru;
            var bytes = parse.GetValue(format) switch
            {
                "xlsx" => AnnualReportXlsx.Write(built.Report, kazakh ? found.Name.Kk : found.Name.Ru, language),
                "csv" => AnnualReportCsv.Write(built.Report, language),
                _ => null,
            };
            if (bytes is null)
            {
                return cli.Fail(new InputInvalid("format", parse.GetValue(format) ?? string.Empty, "csv|xlsx"));
            }

            File.WriteAllBytes(parse.GetValue(output)!, bytes);
            cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{built.Report.Totals.Cases} case(s) in {built.Report.Rows.Count} row(s); due {built.Due.From:yyyy-MM-dd}–{built.Due.To:yyyy-MM-dd}."));
            return CliApp.Success;
        }));
        return command;
    }
}
