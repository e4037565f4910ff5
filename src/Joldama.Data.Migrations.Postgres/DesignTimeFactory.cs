using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Joldama.Data.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the model for this provider without starting the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JoldamaDbContext>
{
    public JoldamaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<JoldamaDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Postgres, "Host=127.0.0.1;Database=design_time");
        return new JoldamaDbContext(builder.Options);
    }
}
