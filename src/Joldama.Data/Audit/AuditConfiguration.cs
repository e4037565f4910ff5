using Joldama.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.Audit;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        builder.HasIndex(r => r.Sequence).IsUnique();
        // The chaining job's queue: what is not chained yet, in insertion order (a small partial index on both engines).
        builder.HasIndex(r => r.Id).HasDatabaseName("IX_audit_records_unchained").HasFilter("\"Sequence\" IS NULL");
        builder.Property(r => r.ActorLogin).HasMaxLength(100);
        builder.Property(r => r.ActorRole).HasMaxLength(40);
        builder.Property(r => r.Action).HasMaxLength(80);
        builder.Property(r => r.EntityType).HasMaxLength(80);
        builder.Property(r => r.EntityId).HasMaxLength(100);
        builder.Property(r => r.PatientIin).HasMaxLength(12).IsFixedLength();
        builder.Property(r => r.RemoteAddress).HasMaxLength(64);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.Hash).HasMaxLength(64).IsFixedLength();
        builder.Ignore(r => r.IsChained);
        builder.HasIndex(r => r.PatientIin);
        builder.HasIndex(r => r.At);
        builder.HasIndex(r => r.ActorUserId);
    }
}

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.ToTable("audit_head");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength();
        builder.HasData(new AuditHead { Id = AuditHead.SingletonId, LastSequence = 0, LastHash = AuditChain.Genesis });
    }
}
