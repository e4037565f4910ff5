using Joldama.Data.Organizations;
using Joldama.Data.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.Referrals;

internal sealed class ReferralCaseConfiguration : IEntityTypeConfiguration<ReferralCaseRecord>
{
    public void Configure(EntityTypeBuilder<ReferralCaseRecord> builder)
    {
        builder.ToTable("referral_cases");
        builder.Property(c => c.Route).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RegionCode).HasMaxLength(40);
        builder.Property(c => c.HtmcCode).HasMaxLength(20);
        builder.Property(c => c.Diagnosis).HasMaxLength(500);
        builder.Property(c => c.SpecialistConclusion).HasMaxLength(4000);
        builder.Property(c => c.FundingStream).HasMaxLength(10);
        builder.Property(c => c.FundingExplanationKk).HasMaxLength(1000);
        builder.Property(c => c.FundingExplanationRu).HasMaxLength(1000);
        builder.Property(c => c.OfferedProviderIds).HasJsonConversion();
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Deadline).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.ProtocolNumber).HasMaxLength(60);
        builder.Property(c => c.RejectionGround).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.DecisionComment).HasMaxLength(2000);
        builder.Property(c => c.ReferralNumber).HasMaxLength(40);
        builder.Property(c => c.InformChannel).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.DischargeSummary).HasMaxLength(8000);
        builder.Property(c => c.FollowUpPlan).HasMaxLength(4000);
        builder.Property(c => c.CancellationReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();

        // Worklists: the commission's queue by region, the provider's and the clinic's by organization, all by deadline;
        // the escalation job by deadline alone; search by number and by patient.
        builder.HasIndex(c => c.ReferralNumber).IsUnique();
        builder.HasIndex(c => new { c.CreatedByUserId, c.IdempotencyKey }).IsUnique();
        builder.HasIndex(c => new { c.RegionCode, c.State, c.DueOn });
        builder.HasIndex(c => new { c.ProviderOrganizationId, c.State, c.DueOn });
        builder.HasIndex(c => new { c.AttachmentOrganizationId, c.State, c.DueOn });
        builder.HasIndex(c => new { c.SenderOrganizationId, c.State });
        builder.HasIndex(c => new { c.DueOn, c.EscalatedAt });
        builder.HasIndex(c => c.PatientId);
        builder.HasIndex(c => c.HtmcCode);

        // Issue 7, at a million cases: the worklists' order without a sort — the running deadlines of a region (a
        // partial index: only open cases have one), then the region's cases by the moment their state began — and the
        // annual report's cohort (§42: a region's discharges in a year).
        builder.HasIndex(c => new { c.RegionCode, c.DueOn, c.StateSince }).HasFilter("\"DueOn\" IS NOT NULL").HasDatabaseName("IX_referral_cases_region_deadline");
        builder.HasIndex(c => new { c.RegionCode, c.StateSince });
        builder.HasIndex(c => new { c.RegionCode, c.DischargedOn }).HasFilter("\"DischargedOn\" IS NOT NULL").HasDatabaseName("IX_referral_cases_region_discharged");

        builder.HasOne<PatientRecord>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.SenderOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.AttachmentOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.ProviderOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Transitions).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Documents).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReferralTransitionConfiguration : IEntityTypeConfiguration<ReferralTransitionRecord>
{
    public void Configure(EntityTypeBuilder<ReferralTransitionRecord> builder)
    {
        builder.ToTable("referral_transitions");
        builder.Property(t => t.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.To).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Trigger).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.ActorKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.ActorLogin).HasMaxLength(100);
        builder.Property(t => t.Comment).HasMaxLength(2000);
        builder.Property(t => t.Values).HasJsonConversion();
        builder.HasIndex(t => new { t.CaseId, t.At });
    }
}

internal sealed class ReferralDocumentConfiguration : IEntityTypeConfiguration<ReferralDocumentRecord>
{
    public void Configure(EntityTypeBuilder<ReferralDocumentRecord> builder)
    {
        builder.ToTable("referral_documents");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.MediaType).HasMaxLength(40);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasOne<ReferralDocumentContent>().WithOne().HasForeignKey<ReferralDocumentContent>(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReferralDocumentContentConfiguration : IEntityTypeConfiguration<ReferralDocumentContent>
{
    public void Configure(EntityTypeBuilder<ReferralDocumentContent> builder)
    {
        builder.ToTable("referral_document_contents");
        builder.HasKey(c => c.DocumentId);
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUpRecord>
{
    public void Configure(EntityTypeBuilder<FollowUpRecord> builder)
    {
        builder.ToTable("referral_follow_ups");
        builder.Property(f => f.Kind).HasMaxLength(30);
        builder.Property(f => f.Note).HasMaxLength(2000);
        builder.HasIndex(f => f.CaseId);
        builder.HasOne<ReferralCaseRecord>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReferralEscalationConfiguration : IEntityTypeConfiguration<ReferralEscalationRecord>
{
    public void Configure(EntityTypeBuilder<ReferralEscalationRecord> builder)
    {
        builder.ToTable("referral_escalations");
        builder.Property(e => e.Deadline).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.RegionCode).HasMaxLength(40);
        builder.HasIndex(e => new { e.CaseId, e.Deadline, e.DueOn }).IsUnique();
        builder.HasIndex(e => new { e.OrganizationId, e.AcknowledgedAt });
        builder.HasOne<ReferralCaseRecord>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
