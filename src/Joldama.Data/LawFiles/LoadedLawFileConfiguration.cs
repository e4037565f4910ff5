using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.LawFiles;

internal sealed class LoadedLawFileConfiguration : IEntityTypeConfiguration<LoadedLawFile>
{
    public void Configure(EntityTypeBuilder<LoadedLawFile> builder)
    {
        builder.ToTable("loaded_law_files");
        builder.Property(f => f.Path).HasMaxLength(300);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(f => new { f.Path, f.Sha256 }).IsUnique();
    }
}
