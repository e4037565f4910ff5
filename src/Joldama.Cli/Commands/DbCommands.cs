using System.CommandLine;
using Joldama.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Joldama.Cli.Commands;

/// <summary><c>db migrate</c>: applies the migrations of the configured database (Database__Provider, Database__ConnectionString).</summary>
internal static class DbCommands
{
    public static Command Create(CliContext cli)
    {
        var migrate = new Command("migrate", "Apply pending migrations to the configured database");
        migrate.SetAction(cli.Action(_ =>
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
            var builder = DataServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<JoldamaDbContext>(), options.Provider, options.ResolveConnectionString());
            using var db = new JoldamaDbContext((DbContextOptions<JoldamaDbContext>)builder.Options);
            var pending = db.Database.GetPendingMigrations().ToArray();
            db.Database.Migrate();
            cli.Output.WriteLine($"{options.Provider}: applied {pending.Length} migration(s){(pending.Length > 0 ? ": " + string.Join(", ", pending) : string.Empty)}.");
            return CliApp.Success;
        }));
        return new Command("db", "Database maintenance") { migrate };
    }
}
