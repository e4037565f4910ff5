using System.Globalization;
using Joldama.Domain.Audit;
using Npgsql;

namespace Joldama.Bench.Baseline;

/// <summary>
/// The baselines' transaction for each lifecycle step, in raw Npgsql: the same rows Joldama writes (the case, the
/// transition, the outbox messages, the audit record), written the thinnest way a hand-written client would — all
/// statements in one batch. Two round trips a step: the batch, the commit.
/// </summary>
public sealed class SqlLifecycle(NpgsqlDataSource source, BaselineWorld world, TimeProvider clock)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<< /Type /Catalog >>endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
    private static readonly string[] Kinds = ["IdentityDocument", "HospitalizationReferral", "MedicalRecordExtract", "DiagnosticResults"];

    public async Task RunAsync(LifecycleStep step, BaselineCase item, int upload = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var now = clock.GetUtcNow();
        now = now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMillisecond));
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var (actor, role, organization, action) = Change(batch, step, item, upload, now);
        var entry = new AuditEntry(now, actor, role == "commission-member" ? "commission" : role == "provider-admission-officer" ? "admission" : "clinician", role, organization,
            action, "referral", item.Id.ToString(), item.PatientIin, "127.0.0.1", AuditOutcome.Allowed);
        // As Joldama does since ADR 10: the record is inserted unchained with the change; Joldama's chaining job (the
        // server runs through every phase) chains the baselines' records as well as its own.
        batch.BatchCommands.Add(Command(
            "INSERT INTO audit_records (\"At\", \"ActorUserId\", \"ActorLogin\", \"ActorRole\", \"ActorOrganizationId\", \"Action\", \"EntityType\", \"EntityId\", \"PatientIin\", \"RemoteAddress\", \"Outcome\") " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'Allowed')",
            entry.At, entry.ActorUserId!, entry.ActorLogin, entry.ActorRole, entry.ActorOrganizationId!, entry.Action, entry.EntityType, entry.EntityId, entry.PatientIin!, entry.RemoteAddress));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Adds the step's own statements; returns who acted and the audit action.</summary>
    private (Guid Actor, string Role, Guid Organization, string Action) Change(NpgsqlBatch batch, LifecycleStep step, BaselineCase item, int upload, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        switch (step)
        {
            case LifecycleStep.Create:
                batch.BatchCommands.Add(Command(
                    "INSERT INTO referral_cases (\"Id\", \"PatientId\", \"Route\", \"SenderOrganizationId\", \"AttachmentOrganizationId\", \"RegionCode\", \"HtmcCode\", \"Diagnosis\", \"SpecialistConclusion\", " +
                    "\"FundingStream\", \"FundingCovered\", \"FundingExplanationKk\", \"FundingExplanationRu\", \"OfferedProviderIds\", \"ProviderOrganizationId\", \"NeedsCarer\", \"State\", \"StateSince\", " +
                    "\"CarerPlaceProvided\", \"CreatedAt\", \"CreatedByUserId\", \"Version\") " +
                    "VALUES ($1, $2, 'Outpatient', $3, $3, $4, $5, 'I25.1', 'Показана ВТМП', 'gobmp', true, 'ТМККК', 'ГОБМП', $6, $7, false, 'Draft', $8, false, $8, $9, 0)",
                    item.Id, item.PatientId, world.ClinicId, world.Region, world.Code, $"[\"{world.ProviderId}\"]", world.ProviderId, now, world.ClinicianId));
                return (world.ClinicianId, "primary-care-clinician", world.ClinicId, "referral.create");
            case LifecycleStep.Upload:
                var document = Guid.NewGuid();
                batch.BatchCommands.Add(Command(
                    "INSERT INTO referral_documents (\"Id\", \"CaseId\", \"Kind\", \"FileName\", \"MediaType\", \"Size\", \"Sha256\", \"UploadedAt\", \"UploadedByUserId\") VALUES ($1, $2, $3, 'document.pdf', 'application/pdf', $4, $5, $6, $7)",
                    document, item.Id, Kinds[upload % Kinds.Length], (long)Pdf.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), now, world.ClinicianId));
                batch.BatchCommands.Add(Command("INSERT INTO referral_document_contents (\"DocumentId\", \"Bytes\") VALUES ($1, $2)", document, Pdf));
                batch.BatchCommands.Add(Command("UPDATE referral_cases SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = $1", item.Id));
                return (world.ClinicianId, "primary-care-clinician", world.ClinicId, "referral.document_upload");
            case LifecycleStep.Submit:
                Move(batch, item, "Draft", "SentToCommission", "Submit", "AttachmentClinic", world.ClinicianId, world.ClinicId, now, "\"Deadline\" = 'CommissionReview', \"DueOn\" = $3", DateOnly.FromDayNumber(today.DayNumber + 2));
                return (world.ClinicianId, "primary-care-clinician", world.ClinicId, "referral.submit");
            case LifecycleStep.Approve:
                Move(batch, item, "SentToCommission", "Approved", "Approve", "Commission", world.CommissionId, world.DepartmentId, now, "\"ProtocolNumber\" = $3, \"Deadline\" = NULL, \"DueOn\" = NULL", "П-1/2026");
                Notify(batch, item, "referral.approved", now, sms: false);
                return (world.CommissionId, "commission-member", world.DepartmentId, "referral.approve");
            case LifecycleStep.Register:
                var number = "B-" + item.Id.ToString("N", CultureInfo.InvariantCulture)[..16].ToUpperInvariant();
                Move(batch, item, "Approved", "Registered", "Register", "Commission", world.CommissionId, world.DepartmentId, now, "\"ReferralNumber\" = $3, \"Deadline\" = 'ProviderReview', \"DueOn\" = $4", number, DateOnly.FromDayNumber(today.DayNumber + 2));
                Notify(batch, item, "referral.registered", now, sms: true);
                return (world.CommissionId, "commission-member", world.DepartmentId, "referral.register");
            case LifecycleStep.Accept:
                Move(batch, item, "Registered", "AcceptedByProvider", "Accept", "Provider", world.AdmissionId, world.ProviderId, now, "\"HospitalizationDate\" = $3, \"Deadline\" = 'InformPatient', \"DueOn\" = $4",
                    DateOnly.FromDayNumber(today.DayNumber + 14), DateOnly.FromDayNumber(today.DayNumber + 1));
                Notify(batch, item, "referral.accepted-by-provider", now, sms: false);
                return (world.AdmissionId, "provider-admission-officer", world.ProviderId, "referral.accept");
            case LifecycleStep.Inform:
                Move(batch, item, "AcceptedByProvider", "PatientInformed", "Inform", "AttachmentClinic", world.ClinicianId, world.ClinicId, now, "\"InformChannel\" = 'Sms', \"InformedAt\" = $2, \"Deadline\" = NULL, \"DueOn\" = NULL");
                Notify(batch, item, "referral.patient-informed", now, sms: true);
                return (world.ClinicianId, "primary-care-clinician", world.ClinicId, "referral.inform");
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, null);
        }
    }

    /// <summary>The state update (with the optimistic version) and the transition row.</summary>
    private static void Move(NpgsqlBatch batch, BaselineCase item, string from, string to, string trigger, string kind, Guid actor, Guid organization, DateTimeOffset now, string set, params object[] values)
    {
        batch.BatchCommands.Add(Command(
            $"UPDATE referral_cases SET \"State\" = '{to}', \"StateSince\" = $2, \"EscalatedAt\" = NULL, \"Version\" = \"Version\" + 1, {set} WHERE \"Id\" = $1 AND \"State\" = '{from}'",
            [item.Id, now, .. values]));
        batch.BatchCommands.Add(Command(
            "INSERT INTO referral_transitions (\"Id\", \"CaseId\", \"From\", \"To\", \"Trigger\", \"ActorKind\", \"ActorUserId\", \"ActorLogin\", \"ActorOrganizationId\", \"At\", \"Values\") " +
            $"VALUES ($1, $2, '{from}', '{to}', '{trigger}', '{kind}', $3, 'bench', $4, $5, '{{}}')",
            Guid.NewGuid(), item.Id, actor, organization, now));
    }

    /// <summary>The patient's notices: the cabinet always, an SMS for the decisions and the date (as ReferralNotices).</summary>
    private static void Notify(NpgsqlBatch batch, BaselineCase item, string topic, DateTimeOffset now, bool sms)
    {
        const string Insert = "INSERT INTO outbox_messages (\"Id\", \"Channel\", \"Recipient\", \"Subject\", \"Body\", \"Language\", \"PatientId\", \"ReferralId\", \"Topic\", \"CreatedAt\", \"NextAttemptAt\", \"Attempts\", \"DeliveredAt\") " +
            "VALUES ($1, $2, $3, 'Жолдама', 'Жолдама бойынша хабарлама', 'kk', $4, $5, $6, $7, $7, 0, $8)";
        batch.BatchCommands.Add(Command(Insert, Guid.NewGuid(), "Cabinet", item.PatientId.ToString(), item.PatientId, item.Id, topic, now, now));
        if (sms)
        {
            // Written as delivered: the baselines do not deliver, and Joldama's outbox worker (the server runs through every
            // phase) must not spend Joldama's phases sending the baselines' SMS. Joldama's own SMS are delivered and counted.
            batch.BatchCommands.Add(Command(Insert, Guid.NewGuid(), "Sms", "+77010000000", item.PatientId, item.Id, topic, now, now));
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
