using System.CommandLine;
using Joldama.Application.Audit;

namespace Joldama.Cli.Commands;

/// <summary><c>audit verify</c>: recomputes the audit log's hash chain on the configured database. Exit 0 intact, 1 broken.</summary>
internal static class AuditCommands
{
    public static Command Create(CliContext cli)
    {
        var verify = new Command("verify", "Verify the audit log's hash chain (Database__Provider, Database__ConnectionString)");
        verify.SetAction(cli.Action(_ =>
        {
            var (db, _) = CliContext.OpenDatabase();
            using var context = db;
            var result = new AuditLog(context, cli.Clock).VerifyAsync().GetAwaiter().GetResult();
            cli.WriteJson(result);
            if (!result.IsIntact)
            {
                cli.Error.WriteLine($"The audit chain is broken at record {result.BrokenAtSequence}: {result.Break}.");
                return CliApp.Failure;
            }

            return CliApp.Success;
        }));
        return new Command("audit", "The audit log") { verify };
    }
}
