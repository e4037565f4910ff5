using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Joldama.Data.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for this provider without starting the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JoldamaDbContext>
{
    public JoldamaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<JoldamaDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new JoldamaDbContext(builder.Options);
    }
}
