using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Joldama.Data;

public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "Joldama.Data.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Joldama.Data.Migrations.Postgres";

    /// <summary>Registers <see cref="JoldamaDbContext"/> on the configured provider, with its migrations assembly.</summary>
    public static IServiceCollection AddJoldamaData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = options.ResolveConnectionString();
        services.AddDbContext<JoldamaDbContext>(builder => Configure(builder, options.Provider, connectionString));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}
