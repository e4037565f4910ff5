using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Joldama.Data.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Abroad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "abroad_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_abroad_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "abroad_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    SenderOrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SchemeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InstituteOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IndicationId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Diagnosis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EligibilityBasis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Priorities = table.Column<string>(type: "text", nullable: false),
                    EligibilityFacts = table.Column<string>(type: "text", nullable: false),
                    NeedsAccompanyingPerson = table.Column<bool>(type: "boolean", nullable: false),
                    ContinuationOfTreatment = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentStep = table.Column<int>(type: "integer", nullable: false),
                    StepSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Expedient = table.Column<bool>(type: "boolean", nullable: true),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    SelectedOfferId = table.Column<Guid>(type: "uuid", nullable: true),
                    PatientAgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SelectionProtocolNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ContractNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ContractDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ContractCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    AccompanyingPerson = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TravelPaidByBudget = table.Column<bool>(type: "boolean", nullable: false),
                    RefusalReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_abroad_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_abroad_cases_abroad_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "abroad_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_abroad_cases_organizations_InstituteOrganizationId",
                        column: x => x.InstituteOrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_abroad_cases_organizations_SenderOrganizationId",
                        column: x => x.SenderOrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_abroad_cases_patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "abroad_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    MediaType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedByUserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_abroad_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_abroad_documents_abroad_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "abroad_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "abroad_escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_abroad_escalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_abroad_escalations_abroad_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "abroad_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "abroad_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Program = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Declined = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_abroad_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_abroad_offers_abroad_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "abroad_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "abroad_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Login = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Values = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_abroad_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_abroad_steps_abroad_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "abroad_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "abroad_document_contents",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_abroad_document_contents", x => x.DocumentId);
                    table.ForeignKey(
                        name: "FK_abroad_document_contents_abroad_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "abroad_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_abroad_cases_DueOn_EscalatedAt",
                table: "abroad_cases",
                columns: new[] { "DueOn", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_abroad_cases_InstituteOrganizationId",
                table: "abroad_cases",
                column: "InstituteOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_abroad_cases_Number",
                table: "abroad_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_abroad_cases_PatientId",
                table: "abroad_cases",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_abroad_cases_RegionCode_Status",
                table: "abroad_cases",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_abroad_cases_SenderOrganizationId_Status",
                table: "abroad_cases",
                columns: new[] { "SenderOrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_abroad_cases_SessionId",
                table: "abroad_cases",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_abroad_cases_Status_DueOn",
                table: "abroad_cases",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_abroad_documents_CaseId",
                table: "abroad_documents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_abroad_escalations_CaseId_Step_DueOn",
                table: "abroad_escalations",
                columns: new[] { "CaseId", "Step", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_abroad_escalations_OrganizationId",
                table: "abroad_escalations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_abroad_offers_CaseId",
                table: "abroad_offers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_abroad_sessions_Date",
                table: "abroad_sessions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_abroad_steps_CaseId_Step",
                table: "abroad_steps",
                columns: new[] { "CaseId", "Step" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "abroad_document_contents");

            migrationBuilder.DropTable(
                name: "abroad_escalations");

            migrationBuilder.DropTable(
                name: "abroad_offers");

            migrationBuilder.DropTable(
                name: "abroad_steps");

            migrationBuilder.DropTable(
                name: "abroad_documents");

            migrationBuilder.DropTable(
                name: "abroad_cases");

            migrationBuilder.DropTable(
                name: "abroad_sessions");
        }
    }
}
