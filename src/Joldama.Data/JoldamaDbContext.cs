using Joldama.Data.Abroad;
using Joldama.Data.Access;
using Joldama.Data.Audit;
using Joldama.Data.Conformity;
using Joldama.Data.LawFiles;
using Joldama.Data.Notifications;
using Joldama.Data.Organizations;
using Joldama.Data.Patients;
using Joldama.Data.Quotas;
using Joldama.Data.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Joldama.Data;

/// <summary>
/// The one database context of Joldama. Mappings live beside their feature
/// (<c>IEntityTypeConfiguration</c> per entity); the same model migrates SQLite and PostgreSQL.
/// </summary>
public sealed class JoldamaDbContext(DbContextOptions<JoldamaDbContext> options) : DbContext(options)
{
    public DbSet<LoadedLawFile> LoadedLawFiles => Set<LoadedLawFile>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<OneTimeCode> OneTimeCodes => Set<OneTimeCode>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    public DbSet<SpecialistRecord> Specialists => Set<SpecialistRecord>();

    public DbSet<DeviceRecord> Devices => Set<DeviceRecord>();

    public DbSet<ConformityApplicationRecord> ConformityApplications => Set<ConformityApplicationRecord>();

    public DbSet<ConformityApplicationItemRecord> ConformityApplicationItems => Set<ConformityApplicationItemRecord>();

    public DbSet<ConclusionRecord> Conclusions => Set<ConclusionRecord>();

    public DbSet<ConformityAlertRecord> ConformityAlerts => Set<ConformityAlertRecord>();

    public DbSet<OutboxMessageRecord> OutboxMessages => Set<OutboxMessageRecord>();

    public DbSet<PatientRecord> Patients => Set<PatientRecord>();

    public DbSet<ReferralCaseRecord> ReferralCases => Set<ReferralCaseRecord>();

    public DbSet<ReferralTransitionRecord> ReferralTransitions => Set<ReferralTransitionRecord>();

    public DbSet<ReferralDocumentRecord> ReferralDocuments => Set<ReferralDocumentRecord>();

    public DbSet<ReferralDocumentContent> ReferralDocumentContents => Set<ReferralDocumentContent>();

    public DbSet<FollowUpRecord> FollowUps => Set<FollowUpRecord>();

    public DbSet<ReferralEscalationRecord> ReferralEscalations => Set<ReferralEscalationRecord>();

    public DbSet<AbroadCaseRecord> AbroadCases => Set<AbroadCaseRecord>();

    public DbSet<AbroadStepRecord> AbroadSteps => Set<AbroadStepRecord>();

    public DbSet<AbroadDocumentRecord> AbroadDocuments => Set<AbroadDocumentRecord>();

    public DbSet<AbroadDocumentContent> AbroadDocumentContents => Set<AbroadDocumentContent>();

    public DbSet<AbroadOfferRecord> AbroadOffers => Set<AbroadOfferRecord>();

    public DbSet<AbroadSessionRecord> AbroadSessions => Set<AbroadSessionRecord>();

    public DbSet<AbroadEscalationRecord> AbroadEscalations => Set<AbroadEscalationRecord>();

    public DbSet<QuotaPeriodRecord> QuotaPeriods => Set<QuotaPeriodRecord>();

    public DbSet<QuotaDecisionRecord> QuotaDecisions => Set<QuotaDecisionRecord>();

    public DbSet<PandemicPeriodRecord> PandemicPeriods => Set<PandemicPeriodRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.IsSqlite())
        {
            // SQLite has no date type: store moments as UTC ticks so that they sort and compare in SQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JoldamaDbContext).Assembly);
    }
}
