using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Joldama.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "patients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Iin = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 12, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MiddleName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AttachmentOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InsuranceStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InsuranceCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VulnerableGroups = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_patients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_patients_organizations_AttachmentOrganizationId",
                        column: x => x.AttachmentOrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referral_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SenderOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttachmentOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HtmcCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Diagnosis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SpecialistConclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FundingStream = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    FundingCovered = table.Column<bool>(type: "INTEGER", nullable: false),
                    FundingExplanationKk = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FundingExplanationRu = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OfferedProviderIds = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderOrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NeedsCarer = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StateSince = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProtocolNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RejectionGround = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReferralNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HospitalizationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CarerPlaceProvided = table.Column<bool>(type: "INTEGER", nullable: false),
                    InformChannel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    InformedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AdmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DischargedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DischargeSummary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FollowUpPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_cases_organizations_AttachmentOrganizationId",
                        column: x => x.AttachmentOrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referral_cases_organizations_ProviderOrganizationId",
                        column: x => x.ProviderOrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referral_cases_organizations_SenderOrganizationId",
                        column: x => x.SenderOrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referral_cases_patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referral_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedByUserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_documents_referral_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "referral_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Deadline = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_escalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_escalations_referral_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "referral_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_follow_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_follow_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_follow_ups_referral_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "referral_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_transitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ActorKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorLogin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActorOrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Values = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_transitions_referral_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "referral_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_document_contents",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_document_contents", x => x.DocumentId);
                    table.ForeignKey(
                        name: "FK_referral_document_contents_referral_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "referral_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_PatientId_CreatedAt",
                table: "outbox_messages",
                columns: new[] { "PatientId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_pending",
                table: "outbox_messages",
                column: "NextAttemptAt",
                filter: "\"DeliveredAt\" IS NULL AND \"FailedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ReferralId",
                table: "outbox_messages",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_patients_AttachmentOrganizationId",
                table: "patients",
                column: "AttachmentOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_patients_Iin",
                table: "patients",
                column: "Iin",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_AttachmentOrganizationId_State_DueOn",
                table: "referral_cases",
                columns: new[] { "AttachmentOrganizationId", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_CreatedByUserId_IdempotencyKey",
                table: "referral_cases",
                columns: new[] { "CreatedByUserId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_DueOn_EscalatedAt",
                table: "referral_cases",
                columns: new[] { "DueOn", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_HtmcCode",
                table: "referral_cases",
                column: "HtmcCode");

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_PatientId",
                table: "referral_cases",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_ProviderOrganizationId_State_DueOn",
                table: "referral_cases",
                columns: new[] { "ProviderOrganizationId", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_ReferralNumber",
                table: "referral_cases",
                column: "ReferralNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_RegionCode_State_DueOn",
                table: "referral_cases",
                columns: new[] { "RegionCode", "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_referral_cases_SenderOrganizationId_State",
                table: "referral_cases",
                columns: new[] { "SenderOrganizationId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_referral_documents_CaseId",
                table: "referral_documents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_referral_escalations_CaseId_Deadline_DueOn",
                table: "referral_escalations",
                columns: new[] { "CaseId", "Deadline", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referral_escalations_OrganizationId_AcknowledgedAt",
                table: "referral_escalations",
                columns: new[] { "OrganizationId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referral_follow_ups_CaseId",
                table: "referral_follow_ups",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_referral_transitions_CaseId_At",
                table: "referral_transitions",
                columns: new[] { "CaseId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "referral_document_contents");

            migrationBuilder.DropTable(
                name: "referral_escalations");

            migrationBuilder.DropTable(
                name: "referral_follow_ups");

            migrationBuilder.DropTable(
                name: "referral_transitions");

            migrationBuilder.DropTable(
                name: "referral_documents");

            migrationBuilder.DropTable(
                name: "referral_cases");

            migrationBuilder.DropTable(
                name: "patients");
        }
    }
}
