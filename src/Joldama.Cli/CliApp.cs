using System.CommandLine;
using Joldama.Cli.Commands;

namespace Joldama.Cli;

/// <summary>
/// The command-line tool: the same law, rules and texts as the web host. Exit codes: 0 success,
/// 2 bad input (a message says what), 1 failure; <c>conformity evaluate</c> also 3: a code does not conform.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    /// <summary>The evaluation ran, and some evaluated code does not conform (<c>conformity evaluate</c>).</summary>
    public const int NotConforming = 3;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("Joldama — high-tech medical care (ВТМП / ЖТМК) of Kazakhstan")
        {
            CliContext.Language,
            CatalogCommands.Create(context),
            FundingCommand.Create(context),
            ConformityCommands.Create(context),
            CalendarCommands.Create(context),
            ReferralCommands.Create(context),
            AbroadCommands.Create(context),
            QuotaCommands.Create(context),
            IdentifierCommands.Create(context, "iin"),
            IdentifierCommands.Create(context, "bin"),
            DbCommands.Create(context),
            AuditCommands.Create(context),
            DemoCommands.Create(context),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Try 'joldama --help'.");
            return BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Joldama.Application.Law.LawDataException e)
        {
            error.WriteLine(e.Message);
            return Failure;
        }
    }
}
