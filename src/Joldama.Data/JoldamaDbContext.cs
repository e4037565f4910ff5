using Joldama.Data.LawFiles;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Data;

/// <summary>
/// The one database context of Joldama. Mappings live beside their feature
/// (<c>IEntityTypeConfiguration</c> per entity); the same model migrates SQLite and PostgreSQL.
/// </summary>
public sealed class JoldamaDbContext(DbContextOptions<JoldamaDbContext> options) : DbContext(options)
{
    public DbSet<LoadedLawFile> LoadedLawFiles => Set<LoadedLawFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JoldamaDbContext).Assembly);
    }
}
