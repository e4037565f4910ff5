using System.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Cli.Commands;

/// <summary><c>db migrate</c>: applies the migrations of the configured database (Database__Provider, Database__ConnectionString).</summary>
internal static class DbCommands
{
    public static Command Create(CliContext cli)
    {
        var migrate = new Command("migrate", "Apply pending migrations to the configured database");
        migrate.SetAction(cli.Action(_ =>
        {
            var (db, provider) = CliContext.OpenDatabase();
            using var context = db;
            var pending = db.Database.GetPendingMigrations().ToArray();
            db.Database.Migrate();
            cli.Output.WriteLine($"{provider}: applied {pending.Length} migration(s){(pending.Length > 0 ? ": " + string.Join(", ", pending) : string.Empty)}.");
            return CliApp.Success;
        }));
        return new Command("db", "Database maintenance") { migrate };
    }
}
