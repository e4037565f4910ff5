using Joldama.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.Conformity;

internal sealed class SpecialistConfiguration : IEntityTypeConfiguration<SpecialistRecord>
{
    public void Configure(EntityTypeBuilder<SpecialistRecord> builder)
    {
        builder.ToTable("specialists");
        builder.Property(s => s.FullName).HasMaxLength(200);
        builder.Property(s => s.Iin).HasMaxLength(12).IsFixedLength();
        builder.HasIndex(s => new { s.OrganizationId, s.Iin }).IsUnique();
        builder.Property(s => s.Certificates).HasJsonConversion();
        builder.Property(s => s.Experience).HasJsonConversion();
        builder.Property(s => s.Education).HasJsonConversion();
        builder.Property(s => s.Conditions).HasJsonConversion();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<DeviceRecord>
{
    public void Configure(EntityTypeBuilder<DeviceRecord> builder)
    {
        builder.ToTable("devices");
        builder.Property(d => d.TypeName).HasMaxLength(400);
        builder.Property(d => d.Model).HasMaxLength(200);
        builder.Property(d => d.SerialNumber).HasMaxLength(100);
        builder.HasIndex(d => d.OrganizationId);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConformityApplicationConfiguration : IEntityTypeConfiguration<ConformityApplicationRecord>
{
    public void Configure(EntityTypeBuilder<ConformityApplicationRecord> builder)
    {
        builder.ToTable("conformity_applications");
        builder.Property(a => a.Number).HasMaxLength(40);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.Property(a => a.RegionCode).HasMaxLength(40);
        builder.HasIndex(a => new { a.RegionCode, a.Status, a.ReviewDueOn });
        builder.HasIndex(a => new { a.OrganizationId, a.ForYear });
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.ReissueReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.ReissueNote).HasMaxLength(2000);
        builder.Property(a => a.ReturnComment).HasMaxLength(2000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Items).WithOne().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConformityApplicationItemConfiguration : IEntityTypeConfiguration<ConformityApplicationItemRecord>
{
    public void Configure(EntityTypeBuilder<ConformityApplicationItemRecord> builder)
    {
        builder.ToTable("conformity_application_items");
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.Property(i => i.SpecialistIds).HasJsonConversion();
        builder.Property(i => i.DeviceIds).HasJsonConversion();
        builder.Property(i => i.Facts).HasJsonConversion();
        builder.Property(i => i.Criteria).HasJsonConversion();
    }
}

internal sealed class ConclusionConfiguration : IEntityTypeConfiguration<ConclusionRecord>
{
    public void Configure(EntityTypeBuilder<ConclusionRecord> builder)
    {
        builder.ToTable("conformity_conclusions");
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.RegionCode).HasMaxLength(40);
        builder.Property(c => c.Code).HasMaxLength(20);

        // The register: valid conclusions for a code on a date, by region (§22).
        builder.HasIndex(c => new { c.Code, c.Status, c.ValidFrom, c.ValidTo });
        builder.HasIndex(c => c.OrganizationId);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ReissueReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.SignedByName).HasMaxLength(200);
        builder.Property(c => c.Criteria).HasJsonConversion();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConformityApplicationRecord>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConformityAlertConfiguration : IEntityTypeConfiguration<ConformityAlertRecord>
{
    public void Configure(EntityTypeBuilder<ConformityAlertRecord> builder)
    {
        builder.ToTable("conformity_alerts");
        builder.Property(a => a.RegionCode).HasMaxLength(40);
        builder.Property(a => a.Code).HasMaxLength(20);
        builder.Property(a => a.Trigger).HasMaxLength(40);
        builder.Property(a => a.Subject).HasMaxLength(400);
        builder.Property(a => a.Failures).HasJsonConversion();
        builder.HasIndex(a => a.OrganizationId);
        builder.HasIndex(a => a.RegionCode);
        builder.HasOne<ConclusionRecord>().WithMany().HasForeignKey(a => a.ConclusionId).OnDelete(DeleteBehavior.Restrict);
    }
}
