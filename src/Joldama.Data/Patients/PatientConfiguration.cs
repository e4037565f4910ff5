using Joldama.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.Patients;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<PatientRecord>
{
    public void Configure(EntityTypeBuilder<PatientRecord> builder)
    {
        builder.ToTable("patients");
        builder.Property(p => p.Iin).HasMaxLength(12).IsFixedLength();
        builder.HasIndex(p => p.Iin).IsUnique();
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.MiddleName).HasMaxLength(100);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Phone).HasMaxLength(16);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.Language).HasMaxLength(2);
        builder.Property(p => p.RegionCode).HasMaxLength(40);
        builder.Property(p => p.InsuranceStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.VulnerableGroups).HasJsonConversion();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.FullName);
        builder.HasIndex(p => p.AttachmentOrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.AttachmentOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
