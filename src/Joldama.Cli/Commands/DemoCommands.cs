using System.CommandLine;
using System.Globalization;
using Joldama.Application.Generation;
using Joldama.Data;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Cli.Commands;

/// <summary>
/// <c>demo generate --cases N</c>: synthetic national-scale data (issue 7) in the configured PostgreSQL database, by
/// binary COPY — a small demo with a few thousand cases, the benchmark's data set with a million. Migrates first.
/// </summary>
internal static class DemoCommands
{
    public static Command Create(CliContext cli)
    {
        var cases = new Option<int>("--cases") { Description = "How many referral cases to add", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same data (default 7)", DefaultValueFactory = _ => 7 };
        var generate = new Command("generate", "Add synthetic regions' organizations, conclusions, patients and referral cases over ten years (PostgreSQL only)") { cases, seed };
        generate.SetAction(cli.Action(parse =>
        {
            var count = parse.GetValue(cases);
            if (count is < 1 or > 20_000_000)
            {
                cli.Error.WriteLine("--cases must be 1..20000000.");
                return CliApp.BadInput;
            }

            var (db, provider) = CliContext.OpenDatabase();
            using var context = db;
            if (provider != DatabaseProvider.Postgres)
            {
                cli.Error.WriteLine("demo generate writes with PostgreSQL's COPY: set Database__Provider=Postgres and Database__ConnectionString.");
                return CliApp.BadInput;
            }

            context.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            context.Database.Migrate();
            var generator = new ReferralDataGenerator(context, cli.Law, cli.Clock);
            var result = generator.GenerateAsync(count, parse.GetValue(seed), done =>
            {
                if (done % 100_000 == 0 || done == count)
                {
                    cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done:N0} cases"));
                }
            }).GetAwaiter().GetResult();
            cli.WriteJson(result);
            return CliApp.Success;
        }));
        return new Command("demo", "Demo and benchmark data") { generate };
    }
}
