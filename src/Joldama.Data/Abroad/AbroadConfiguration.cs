using Joldama.Data.Organizations;
using Joldama.Data.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.Abroad;

internal sealed class AbroadCaseConfiguration : IEntityTypeConfiguration<AbroadCaseRecord>
{
    public void Configure(EntityTypeBuilder<AbroadCaseRecord> builder)
    {
        builder.ToTable("abroad_cases");
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.Property(c => c.RegionCode).HasMaxLength(40);
        builder.Property(c => c.SchemeId).HasMaxLength(40);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.IndicationId).HasMaxLength(80);
        builder.Property(c => c.Diagnosis).HasMaxLength(500);
        builder.Property(c => c.EligibilityBasis).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Priorities).HasJsonConversion();
        builder.Property(c => c.EligibilityFacts).HasJsonConversion();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.SelectionProtocolNumber).HasMaxLength(60);
        builder.Property(c => c.ContractNumber).HasMaxLength(60);
        builder.Property(c => c.ContractAmount).HasPrecision(18, 2);
        builder.Property(c => c.ContractCurrency).HasMaxLength(3);
        builder.Property(c => c.AccompanyingPerson).HasMaxLength(200);
        builder.Property(c => c.RefusalReason).HasMaxLength(2000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.Status, c.DueOn });
        builder.HasIndex(c => new { c.SenderOrganizationId, c.Status });
        builder.HasIndex(c => new { c.RegionCode, c.Status });
        builder.HasIndex(c => new { c.DueOn, c.EscalatedAt });
        builder.HasIndex(c => c.InstituteOrganizationId);
        builder.HasIndex(c => c.SessionId);
        builder.HasIndex(c => c.PatientId);
        builder.HasOne<PatientRecord>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.SenderOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.InstituteOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AbroadSessionRecord>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AbroadStepConfiguration : IEntityTypeConfiguration<AbroadStepRecord>
{
    public void Configure(EntityTypeBuilder<AbroadStepRecord> builder)
    {
        builder.ToTable("abroad_steps");
        builder.Property(s => s.Actor).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Outcome).HasMaxLength(20);
        builder.Property(s => s.Login).HasMaxLength(100);
        builder.Property(s => s.Comment).HasMaxLength(2000);
        builder.Property(s => s.Values).HasJsonConversion();
        builder.HasIndex(s => new { s.CaseId, s.Step }).IsUnique(); // a step is completed once: a double submit cannot record it twice
        builder.HasOne<AbroadCaseRecord>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AbroadDocumentConfiguration : IEntityTypeConfiguration<AbroadDocumentRecord>
{
    public void Configure(EntityTypeBuilder<AbroadDocumentRecord> builder)
    {
        builder.ToTable("abroad_documents");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.MediaType).HasMaxLength(40);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(d => d.CaseId);
        builder.HasOne<AbroadCaseRecord>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AbroadDocumentContent>().WithOne().HasForeignKey<AbroadDocumentContent>(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AbroadDocumentContentConfiguration : IEntityTypeConfiguration<AbroadDocumentContent>
{
    public void Configure(EntityTypeBuilder<AbroadDocumentContent> builder)
    {
        builder.ToTable("abroad_document_contents");
        builder.HasKey(c => c.DocumentId);
    }
}

internal sealed class AbroadOfferConfiguration : IEntityTypeConfiguration<AbroadOfferRecord>
{
    public void Configure(EntityTypeBuilder<AbroadOfferRecord> builder)
    {
        builder.ToTable("abroad_offers");
        builder.Property(o => o.ClinicName).HasMaxLength(300);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.Program).HasMaxLength(4000);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.Amount).HasPrecision(18, 2);
        builder.HasIndex(o => o.CaseId);
        builder.HasOne<AbroadCaseRecord>().WithMany().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AbroadSessionConfiguration : IEntityTypeConfiguration<AbroadSessionRecord>
{
    public void Configure(EntityTypeBuilder<AbroadSessionRecord> builder)
    {
        builder.ToTable("abroad_sessions");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.HasIndex(s => s.Date);
    }
}

internal sealed class AbroadEscalationConfiguration : IEntityTypeConfiguration<AbroadEscalationRecord>
{
    public void Configure(EntityTypeBuilder<AbroadEscalationRecord> builder)
    {
        builder.ToTable("abroad_escalations");
        builder.HasIndex(e => new { e.CaseId, e.Step, e.DueOn }).IsUnique();
        builder.HasIndex(e => e.OrganizationId);
        builder.HasOne<AbroadCaseRecord>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
