using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.Property(o => o.Bin).HasMaxLength(12).IsFixedLength();
        builder.HasIndex(o => o.Bin).IsUnique();
        builder.Property(o => o.NameKk).HasMaxLength(300);
        builder.Property(o => o.NameRu).HasMaxLength(300);
        builder.Property(o => o.RegionCode).HasMaxLength(40);
        builder.HasIndex(o => o.RegionCode);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Level).HasConversion<string>().HasMaxLength(20);
    }
}
