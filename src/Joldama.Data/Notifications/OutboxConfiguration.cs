using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Joldama.Data.Notifications;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxMessageRecord>
{
    /// <summary>The one filter of pending rows; quoted identifiers read the same in SQLite and PostgreSQL.</summary>
    public const string PendingFilter = "\"DeliveredAt\" IS NULL AND \"FailedAt\" IS NULL";

    public void Configure(EntityTypeBuilder<OutboxMessageRecord> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Recipient).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.Language).HasMaxLength(2).IsFixedLength();
        builder.Property(m => m.Topic).HasMaxLength(80);
        builder.Property(m => m.LastError).HasMaxLength(1000);

        // The worker's question, "what is due?", reads only pending rows: a partial index stays small.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter(PendingFilter).HasDatabaseName("IX_outbox_messages_pending");

        // The patient's cabinet, newest first.
        builder.HasIndex(m => new { m.PatientId, m.CreatedAt });
        builder.HasIndex(m => m.ReferralId);
    }
}
