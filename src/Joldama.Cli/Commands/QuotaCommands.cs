using System.CommandLine;
using System.Globalization;
using Joldama.Application.Audit;
using Joldama.Application.Quotas;
using Joldama.Application.Shared;
using Joldama.Domain.Access;

namespace Joldama.Cli.Commands;

/// <summary>Quotas for the vulnerable groups (seed 001 §19) from the configured database.</summary>
internal static class QuotaCommands
{
    public static Command Create(CliContext cli) => new("quota", "Quotas for the vulnerable groups (seed 001 §19)") { Report(cli) };

    private static Command Report(CliContext cli)
    {
        var year = new Argument<int>("year") { Description = "The year whose periods the report takes" };
        var region = new Option<string>("--region") { Description = "One region's organizations (default: the country, as the ministry reads it)" };
        var output = new Option<string>("--out") { Description = "The CSV file to write", Required = true };
        var command = new Command("report", "§19: volumes, decisions and limits per organization and region as CSV, from the configured database (Database__Provider, Database__ConnectionString)")
        {
            year, region, output,
        };
        command.SetAction(cli.Action(parse =>
        {
            var regionCode = parse.GetValue(region);
            if (regionCode is not null && cli.Law.Regions.Find(regionCode) is null)
            {
                return cli.Fail(new InputInvalid("region", regionCode, "a region code"));
            }

            var forYear = parse.GetValue(year);
            if (forYear is < 2000 or > 2100)
            {
                return cli.Fail(new InputInvalid("year", forYear.ToString(CultureInfo.InvariantCulture), "2000..2100"));
            }

            var (db, _) = CliContext.OpenDatabase();
            using var context = db;
            // The CLI reads as the region's analyst, or as the ministry for the whole country.
            var scope = regionCode is null
                ? new AccessScope(Guid.Empty, Role.MinistryCatalogAdministrator, Guid.Empty, string.Empty, null)
                : new AccessScope(Guid.Empty, Role.RegionalAnalyst, Guid.Empty, regionCode, null);
            var audit = new AuditLog(context, cli.Clock);
            var report = new QuotaReport(new QuotaService(context, new PandemicModeService(context, cli.Law, audit, cli.Clock), audit, cli.Clock))
                .BuildAsync(scope, new DateOnly(forYear, 1, 1), new DateOnly(forYear, 12, 31)).GetAwaiter().GetResult();
            var kazakh = Application.Localization.UiLanguage.IsKazakh;
            File.WriteAllBytes(parse.GetValue(output)!, QuotaReport.ToCsv(report, column => cli.Text[$"quota.column.{column}"], r => kazakh ? r.OrganizationNameKk : r.OrganizationNameRu));
            cli.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.Organizations.Count} period(s) of {report.Organizations.Select(r => r.Period.OrganizationId).Distinct().Count()} organization(s) in {report.Regions.Count} region(s)."));
            return CliApp.Success;
        }));
        return command;
    }
}
