using Joldama.Data.Organizations;
using Joldama.Data.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.Quotas;

internal sealed class QuotaPeriodConfiguration : IEntityTypeConfiguration<QuotaPeriodRecord>
{
    public void Configure(EntityTypeBuilder<QuotaPeriodRecord> builder)
    {
        builder.ToTable("quota_periods");
        builder.Property(p => p.RegionCode).HasMaxLength(40);
        builder.Property(p => p.SetByName).HasMaxLength(200);
        builder.Property(p => p.DecidedCount).IsConcurrencyToken();
        builder.HasIndex(p => new { p.OrganizationId, p.From });
        builder.HasIndex(p => new { p.RegionCode, p.From });
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QuotaDecisionConfiguration : IEntityTypeConfiguration<QuotaDecisionRecord>
{
    public void Configure(EntityTypeBuilder<QuotaDecisionRecord> builder)
    {
        builder.ToTable("quota_decisions");
        builder.Property(d => d.RegionCode).HasMaxLength(40);
        builder.Property(d => d.Groups).HasJsonConversion().HasMaxLength(400);
        builder.Property(d => d.Indication).HasMaxLength(2000);
        builder.Property(d => d.HtmcCode).HasMaxLength(20);
        builder.Property(d => d.DecidedByName).HasMaxLength(200);
        builder.Property(d => d.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Mode).HasConversion<string>().HasMaxLength(20);

        // One number per period: a second decision with the same number would mean the concurrency check failed.
        builder.HasIndex(d => new { d.PeriodId, d.Number }).IsUnique();
        builder.HasIndex(d => new { d.OrganizationId, d.DecidedOn });
        builder.HasIndex(d => d.PatientId);
        builder.HasOne<QuotaPeriodRecord>().WithMany().HasForeignKey(d => d.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PatientRecord>().WithMany().HasForeignKey(d => d.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PandemicPeriodConfiguration : IEntityTypeConfiguration<PandemicPeriodRecord>
{
    public void Configure(EntityTypeBuilder<PandemicPeriodRecord> builder)
    {
        builder.ToTable("pandemic_periods");
        builder.Property(p => p.Basis).HasMaxLength(500);
        builder.Property(p => p.SetByName).HasMaxLength(200);
        builder.HasIndex(p => p.From);
    }
}
